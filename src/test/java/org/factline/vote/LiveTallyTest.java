package org.factline.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.factline.AbstractIntegrationTest;
import org.factline.base.ui.Broadcaster;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A vote by one person reaches the open views of everyone else watching that claim. */
class LiveTallyTest extends AbstractIntegrationTest {

    @Autowired
    VoteService votes;

    @Autowired
    ClaimService claims;

    @Autowired
    Broadcaster broadcaster;

    @Test
    void a_vote_refreshes_every_open_view_of_that_claim_and_no_other() {
        signIn(user("live-voter", Role.FACT_CHECKER));
        long watched = claims.create(new NewClaim(unique("Watched claim"), null, null, Set.of()))
                .id();
        long other = claims.create(new NewClaim(unique("Other claim"), null, null, Set.of()))
                .id();
        var refreshedWatched = new AtomicInteger();
        var refreshedOther = new AtomicInteger();
        var first = broadcaster.subscribe(VoteService.liveTopic(watched), tab(), refreshedWatched::incrementAndGet);
        var second = broadcaster.subscribe(VoteService.liveTopic(watched), tab(), refreshedWatched::incrementAndGet);
        var third = broadcaster.subscribe(VoteService.liveTopic(other), tab(), refreshedOther::incrementAndGet);

        votes.castVote(watched, Verdict.FALSE, null);

        assertThat(refreshedWatched).hasValue(2);
        assertThat(refreshedOther).hasValue(0);
        first.remove();
        votes.castVote(watched, Verdict.TRUE, null);
        assertThat(refreshedWatched).hasValue(3);
        second.remove();
        third.remove();
    }

    private static UI tab() {
        UI ui = mock(UI.class);
        when(ui.access(any())).thenAnswer(call -> {
            ((Command) call.getArgument(0)).execute();
            return null;
        });
        return ui;
    }
}
