package org.factline.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factline.AbstractIntegrationTest;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.search.SearchHit;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class VoteServiceTest extends AbstractIntegrationTest {

    @Autowired
    VoteService votes;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    @Autowired
    SearchService search;

    long claimId;

    @BeforeEach
    void aClaim() {
        signIn(user("voter", Role.FACT_CHECKER));
        claimId = newClaim("Claim to vote on");
    }

    @Test
    void one_vote_per_person_which_they_can_change() {
        votes.castVote(claimId, Verdict.TRUE, "Matches the filing");
        var tally = votes.castVote(claimId, Verdict.MOSTLY_FALSE, null);

        assertThat(tally.total()).isEqualTo(1);
        assertThat(tally.counts().get(Verdict.MOSTLY_FALSE)).isEqualTo(1);
        assertThat(tally.counts().get(Verdict.TRUE)).isZero();
        assertThat(votes.myVote(claimId)).contains(Verdict.MOSTLY_FALSE);
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void a_first_vote_moves_a_new_claim_into_review_without_making_a_teammates_open_form_stale() {
        long seenVersion = claims.get(claimId).summary().version();

        vote("first-voter", Verdict.MIXED);

        var claim = claims.get(claimId).summary();
        assertThat(claim.status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(claim.version()).isEqualTo(seenVersion);
        // the search index, which the version-free update bypasses, was told too
        assertThat(search.search("status:in_review " + claim.text(), SearchSort.RELEVANCE, 0, 5)
                        .hits())
                .extracting(SearchHit::id)
                .contains(claimId);
        // a proposal form opened before the vote still goes through
        review.propose(claimId, seenVersion, Verdict.MIXED, "Half the figures hold.");
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void a_decided_claim_takes_no_votes_and_a_missing_one_says_so() {
        review.propose(claimId, claims.get(claimId).summary().version(), Verdict.FALSE, "The filing says otherwise.");
        signIn(user("vote-editor", Role.EDITOR));
        review.approve(claimId, claims.get(claimId).summary().version());

        assertThatThrownBy(() -> votes.castVote(claimId, Verdict.TRUE, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("votes are closed");
        assertThat(votes.tally(claimId).total()).isZero();
        assertThatThrownBy(() -> votes.castVote(Long.MAX_VALUE, Verdict.TRUE, null))
                .isInstanceOf(ItemNotFoundException.class)
                .hasMessageContaining("no longer exists");
    }

    @Test
    void the_tally_reports_agreement_mean_dispersion_and_whether_there_are_enough_votes() {
        vote("t1", Verdict.FALSE);
        vote("t2", Verdict.FALSE);
        assertThat(votes.tally(claimId).enoughVotes()).isFalse();
        vote("t3", Verdict.MOSTLY_FALSE);
        var tally = vote("t4", Verdict.UNVERIFIABLE);

        assertThat(tally.total()).isEqualTo(4);
        assertThat(tally.enoughVotes()).isTrue();
        assertThat(tally.leading()).isEqualTo(Verdict.FALSE);
        assertThat(tally.agreement()).isEqualTo(0.5);
        assertThat(tally.mean()).isCloseTo(4.0 / 3, within(1e-9)); // (1 + 1 + 2) / 3, unverifiable not scored
        assertThat(tally.dispersion()).isCloseTo(Math.sqrt(2.0 / 9), within(1e-9));
    }

    @Test
    void two_hundred_people_voting_at_once_are_each_counted_exactly_once() throws Exception {
        int voters = 200;
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < voters; i++) {
                String name = "crowd-" + i;
                Verdict verdict = Verdict.values()[i % 5];
                results.add(pool.submit(() -> {
                    start.await();
                    return SystemAuthentication.runAs(name, () -> votes.castVote(claimId, verdict, null));
                }));
            }
            start.countDown();
            for (var r : results) {
                r.get();
            }
        }
        var tally = votes.tally(claimId);
        assertThat(tally.total()).isEqualTo(voters);
        for (int v = 0; v < 5; v++) {
            assertThat(tally.counts().get(Verdict.values()[v])).isEqualTo(voters / 5);
        }
        // the figures the claims list sorts by are recounted under the claim's lock: none is lost
        var listed = claims.get(claimId).summary();
        assertThat(listed.voteCount()).isEqualTo(voters);
        assertThat(listed.voteDispersion()).isCloseTo(tally.dispersion(), within(1e-9));
    }

    @Test
    void one_person_double_clicking_from_many_tabs_is_one_vote() throws Exception {
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return SystemAuthentication.runAs("clicker", () -> votes.castVote(claimId, Verdict.MIXED, null));
                }));
            }
            start.countDown();
            for (var r : results) {
                r.get();
            }
        }
        assertThat(votes.tally(claimId).total()).isEqualTo(1);
    }

    @Test
    void reasons_are_one_line_and_admins_without_editorial_roles_cannot_vote() {
        assertThatThrownBy(() -> votes.castVote(claimId, Verdict.TRUE, "x".repeat(301)))
                .hasMessageContaining("one line");
        signIn(user("vote-pure-admin", Role.ADMIN));
        assertThatThrownBy(() -> votes.castVote(claimId, Verdict.TRUE, null)).isInstanceOf(AccessDeniedException.class);
    }

    private VoteTally vote(String who, Verdict verdict) {
        return SystemAuthentication.runAs(who, () -> votes.castVote(claimId, verdict, null));
    }
}
