package org.factline.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factline.AbstractIntegrationTest;
import org.factline.claim.Verdict;
import org.factline.security.AppRoles.Role;
import org.factline.vote.VoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class LoadTestStatsTest extends AbstractIntegrationTest {

    @Autowired
    LoadTestStats stats;

    @Autowired
    VoteService votes;

    @Test
    void a_stored_vote_is_counted_once_in_the_rows_and_in_the_claims_counters() {
        signIn(user("stats-voter", Role.FACT_CHECKER));
        long claimId = newClaim("Claim the load test counts");
        signIn(ADMIN);
        var before = stats.snapshot(false);

        signIn("stats-voter");
        votes.castVote(claimId, Verdict.MIXED, null);
        votes.castVote(claimId, Verdict.TRUE, null);
        signIn(ADMIN);
        var after = stats.snapshot(true);

        assertThat(after.votes()).isEqualTo(before.votes() + 1);
        assertThat(after.claimVoteCounts()).isEqualTo(after.votes());
        assertThat(after.heapUsedBytes()).isPositive();
    }

    @Test
    void only_an_admin_reads_the_figures() {
        signIn(user("stats-checker", Role.FACT_CHECKER));

        assertThatThrownBy(() -> stats.snapshot(false)).isInstanceOf(AccessDeniedException.class);
    }
}
