package org.factline.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.MockTabs.tab;

import java.util.concurrent.atomic.AtomicInteger;
import org.factline.AbstractIntegrationTest;
import org.factline.base.ui.Broadcaster;
import org.factline.claim.ClaimService;
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
        long watched = newClaim("Watched claim");
        long other = newClaim("Other claim");
        var refreshedWatched = new AtomicInteger();
        var refreshedOther = new AtomicInteger();
        var first = broadcaster.subscribe(VoteService.liveTopic(watched), tab(), refreshedWatched::incrementAndGet);
        var second = broadcaster.subscribe(VoteService.liveTopic(watched), tab(), refreshedWatched::incrementAndGet);
        var third = broadcaster.subscribe(VoteService.liveTopic(other), tab(), refreshedOther::incrementAndGet);

        votes.castVote(watched, Verdict.FALSE, null);
        awaitEvents(); // pushed once the vote is committed

        assertThat(refreshedWatched).hasValue(2);
        assertThat(refreshedOther).hasValue(0);
        first.remove();
        votes.castVote(watched, Verdict.TRUE, null);
        awaitEvents();
        assertThat(refreshedWatched).hasValue(3);
        second.remove();
        third.remove();
    }
}
