package org.factline.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factline.AbstractIntegrationTest;
import org.factline.audit.AuditLog;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.Verdict;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.vote.VoteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ReviewServiceTest extends AbstractIntegrationTest {

    @Autowired
    ReviewService review;

    @Autowired
    ClaimService claims;

    @Autowired
    VoteService votes;

    @Autowired
    AuditLog audit;

    long claimId;

    @BeforeEach
    void aClaim() {
        signIn(user("rev-checker", Role.FACT_CHECKER));
        claimId = newClaim("Claim under review");
    }

    private long version() {
        return claims.get(claimId).summary().version();
    }

    @Test
    void a_proposal_is_approved_by_another_editor_and_closes_the_votes() {
        review.propose(claimId, version(), Verdict.FALSE, "The filing shows the opposite.");
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.PROPOSED);

        signIn(user("rev-editor", Role.EDITOR));
        review.approve(claimId, version());

        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.VERIFIED);
        assertThat(review.history(claimId)).first().satisfies(v -> {
            assertThat(v.state()).isEqualTo(VerdictState.APPROVED);
            assertThat(v.decidedBy()).isEqualTo("rev-editor");
        });
        assertThatThrownBy(() -> votes.castVote(claimId, Verdict.TRUE, null)).hasMessageContaining("votes are closed");
    }

    @Test
    void an_editor_cannot_approve_their_own_proposal() {
        signIn(user("rev-solo-editor", Role.EDITOR));
        review.propose(claimId, version(), Verdict.TRUE, "Confirmed by the agency's own notice.");
        assertThatThrownBy(() -> review.approve(claimId, version()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("four-eyes");
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void a_rejection_needs_a_reason_and_lets_fact_checkers_propose_again() {
        review.propose(claimId, version(), Verdict.MIXED, "Partly right.");
        signIn(user("rev-editor", Role.EDITOR));
        assertThatThrownBy(() -> review.reject(claimId, version(), " ")).isInstanceOf(ValidationException.class);
        review.reject(claimId, version(), "Cite the primary document.");
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.REJECTED);

        signIn(user("rev-checker", Role.FACT_CHECKER));
        review.propose(claimId, version(), Verdict.MOSTLY_TRUE, "The notice, linked, confirms most of it.");
        assertThat(review.history(claimId))
                .extracting(VerdictDetail::state)
                .containsExactly(VerdictState.PROPOSED, VerdictState.REJECTED);
    }

    @Test
    void when_two_editors_decide_at_once_the_second_gets_the_fresh_state_and_nothing_is_overwritten() {
        review.propose(claimId, version(), Verdict.FALSE, "Contradicted by the data.");
        long seenByBoth = version();
        signIn(user("rev-editor", Role.EDITOR));
        review.approve(claimId, seenByBoth);

        signIn(user("rev-editor-2", Role.EDITOR));
        assertThatThrownBy(() -> review.reject(claimId, seenByBoth, "Not convinced"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.VERIFIED);
        assertThat(review.history(claimId)).extracting(VerdictDetail::state).containsExactly(VerdictState.APPROVED);
    }

    /**
     * Two editors press approve and reject at the same moment (threads released together, ten
     * times over): each time exactly one decision is taken, the other editor is told the claim
     * changed (never a database error), and the claim's state matches the one decision kept.
     */
    @Test
    void two_editors_deciding_at_the_same_moment_leave_exactly_one_decision() throws Exception {
        String approver = user("rev-race-a", Role.EDITOR);
        String rejecter = user("rev-race-b", Role.EDITOR);
        for (int round = 0; round < 10; round++) {
            signIn("rev-checker");
            long claim = newClaim("Raced claim " + round);
            review.propose(claim, claims.get(claim).summary().version(), Verdict.FALSE, "Contradicted by the data.");
            long seen = claims.get(claim).summary().version();
            var start = new java.util.concurrent.CyclicBarrier(2);
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                var approve = pool.submit(() ->
                        SystemAuthentication.runAs(approver, () -> decide(start, () -> review.approve(claim, seen))));
                var reject = pool.submit(() -> SystemAuthentication.runAs(
                        rejecter, () -> decide(start, () -> review.reject(claim, seen, "Not convinced"))));
                var outcomes = java.util.List.of(approve.get(), reject.get());
                assertThat(outcomes).as("round %d", round).containsOnlyOnce("decided");
                assertThat(outcomes).as("round %d", round).contains("changed by someone else");
                signIn("rev-checker");
                var kept = review.history(claim).getFirst();
                assertThat(kept.state()).isIn(VerdictState.APPROVED, VerdictState.REJECTED);
                assertThat(claims.status(claim))
                        .isEqualTo(kept.state() == VerdictState.APPROVED ? ClaimStatus.VERIFIED : ClaimStatus.REJECTED);
                assertThat(kept.decidedBy()).isEqualTo(outcomes.getFirst().equals("decided") ? approver : rejecter);
            }
        }
    }

    private static String decide(java.util.concurrent.CyclicBarrier start, Runnable decision) {
        try {
            start.await();
            decision.run();
            return "decided";
        } catch (ConcurrentEditException e) {
            return "changed by someone else";
        } catch (Exception e) {
            return "failed: " + e;
        }
    }

    @Test
    void reopening_keeps_the_old_verdict_in_the_correction_log() {
        review.propose(claimId, version(), Verdict.TRUE, "First assessment.");
        signIn(user("rev-editor", Role.EDITOR));
        review.approve(claimId, version());
        review.reopen(claimId, version());
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.IN_REVIEW);

        signIn(user("rev-checker", Role.FACT_CHECKER));
        review.propose(claimId, version(), Verdict.MOSTLY_TRUE, "Corrected after new figures.");
        signIn(user("rev-editor", Role.EDITOR));
        review.approve(claimId, version());

        assertThat(review.history(claimId))
                .extracting(VerdictDetail::state)
                .containsExactly(VerdictState.APPROVED, VerdictState.SUPERSEDED);
    }

    @Test
    void fact_checkers_cannot_decide() {
        review.propose(claimId, version(), Verdict.FALSE, "Wrong.");
        assertThatThrownBy(() -> review.approve(claimId, version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.reject(claimId, version(), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.reopen(claimId, version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.requestMoreWork(claimId, version(), "More sources"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void asking_for_more_work_puts_the_claim_back_in_review_with_votes_open_and_the_message_kept() {
        review.propose(claimId, version(), Verdict.MOSTLY_FALSE, "The figure leaves out research costs.");
        signIn(user("rev-editor", Role.EDITOR));
        assertThatThrownBy(() -> review.requestMoreWork(claimId, version(), "  "))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo("message");
        review.requestMoreWork(claimId, version(), "Add the company's own statement.");

        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(review.history(claimId)).first().satisfies(v -> {
            assertThat(v.state()).isEqualTo(VerdictState.MORE_WORK);
            assertThat(v.reason()).isEqualTo("Add the company's own statement.");
            assertThat(v.decidedBy()).isEqualTo("rev-editor");
        });
        assertThat(audit.history("claim", String.valueOf(claimId), 1).getFirst().summary())
                .contains("more work")
                .contains("Add the company's own statement.");

        signIn(user("rev-checker", Role.FACT_CHECKER));
        votes.castVote(claimId, Verdict.MOSTLY_FALSE, null); // votes stay open
        review.propose(claimId, version(), Verdict.MOSTLY_FALSE, "Now with the company's statement.");
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void more_work_is_asked_only_of_a_proposed_verdict_and_reopening_only_of_a_verified_one() {
        signIn(user("rev-editor", Role.EDITOR));
        assertThatThrownBy(() -> review.requestMoreWork(claimId, version(), "More sources"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not verdict proposed");
        assertThatThrownBy(() -> review.reopen(claimId, version()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not verified");

        signIn(user("rev-checker", Role.FACT_CHECKER));
        review.propose(claimId, version(), Verdict.FALSE, "Wrong.");
        signIn(user("rev-editor", Role.EDITOR));
        assertThatThrownBy(() -> review.reopen(claimId, version())).isInstanceOf(ValidationException.class);
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.PROPOSED);
        long stale = version();
        review.requestMoreWork(claimId, stale, "More sources");
        assertThatThrownBy(() -> review.requestMoreWork(claimId, stale, "More sources"))
                .isInstanceOf(ConcurrentEditException.class);
    }
}
