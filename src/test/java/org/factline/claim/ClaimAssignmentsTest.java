package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factline.AbstractIntegrationTest;
import org.factline.audit.AuditEntryDetail;
import org.factline.audit.AuditLog;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ValidationException;
import org.factline.notification.NotificationKind;
import org.factline.notification.NotificationService;
import org.factline.notification.NotificationSummary;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.user.TeamMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

class ClaimAssignmentsTest extends AbstractIntegrationTest {

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimAssignments assignments;

    @Autowired
    ReviewService review;

    @Autowired
    AuditLog audit;

    @Autowired
    NotificationService notifications;

    String editor;
    String checker;
    String otherChecker;
    long claimId;

    @BeforeEach
    void aClaimAndATeam() {
        editor = user("assign-editor", Role.EDITOR);
        checker = user("assign-checker", Role.FACT_CHECKER);
        otherChecker = user("assign-checker-2", Role.FACT_CHECKER);
        signIn(checker);
        claimId = newClaim("Claim to assign");
    }

    @Test
    void an_editor_assigns_a_claim_which_the_assignee_finds_in_assigned_to_me_and_the_bell() {
        signIn(editor);
        var assigned = assignments.assign(claimId, null, checker);
        assertThat(assigned.assignee()).isEqualTo(checker);
        awaitEvents();

        signIn(checker);
        assertThat(claims.find(ClaimFilter.all().withAssignee(AssigneeFilter.me()), 0, 500, Sort.unsorted()))
                .extracting(ClaimSummary::id)
                .contains(claimId);
        assertThat(claims.find(ClaimFilter.all().withAssignee(AssigneeFilter.nobody()), 0, 500, Sort.unsorted()))
                .extracting(ClaimSummary::id)
                .doesNotContain(claimId);
        assertThat(notifications.recent(5)).first().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CLAIM_ASSIGNED);
            assertThat(n.actor()).isEqualTo(editor);
            assertThat(n.link()).isEqualTo("claims/" + claimId);
        });
        assertThat(audit.history("claim", String.valueOf(claimId), 5))
                .extracting(AuditEntryDetail::summary)
                .first()
                .isEqualTo("Assigned to " + checker);
    }

    @Test
    void reassigning_tells_both_people_and_unassigning_keeps_the_history() {
        signIn(editor);
        // a notification is as new as its delivery: each change's arrive before the next change
        assignments.assign(claimId, null, checker);
        awaitEvents();
        assignments.assign(claimId, checker, otherChecker);
        awaitEvents();
        assignments.assign(claimId, otherChecker, null);
        awaitEvents();

        assertThat(claims.get(claimId).summary().assignee()).isNull();
        assertThat(audit.history("claim", String.valueOf(claimId), 5))
                .extracting(AuditEntryDetail::summary)
                .containsSubsequence(
                        "Unassigned " + otherChecker, "Assigned to " + otherChecker + " (was " + checker + ")");
        signIn(checker);
        assertThat(notifications.recent(5))
                .extracting(NotificationSummary::kind)
                .startsWith(NotificationKind.CLAIM_UNASSIGNED, NotificationKind.CLAIM_ASSIGNED);
    }

    @Test
    void a_fact_checker_takes_an_unassigned_claim_and_gives_it_back_without_telling_themselves() {
        signIn(checker);
        long unreadBefore = notifications.unreadCount();
        assertThat(assignments.assign(claimId, null, checker).assignee()).isEqualTo(checker);
        assertThat(audit.history("claim", String.valueOf(claimId), 1).getFirst().summary())
                .isEqualTo("Took the claim");
        assertThat(assignments.assign(claimId, checker, null).assignee()).isNull();
        awaitEvents();
        assertThat(notifications.unreadCount()).isEqualTo(unreadBefore);
    }

    @Test
    void a_fact_checker_cannot_assign_others_nor_take_a_teammates_claim() {
        signIn(checker);
        assertThatThrownBy(() -> assignments.assign(claimId, null, otherChecker))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only editors");

        signIn(otherChecker);
        assignments.assign(claimId, null, otherChecker);
        signIn(checker);
        assertThatThrownBy(() -> assignments.assign(claimId, otherChecker, checker))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("assigned to " + otherChecker);
        assertThatThrownBy(() -> assignments.assign(claimId, otherChecker, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(claims.get(claimId).summary().assignee()).isEqualTo(otherChecker);
    }

    @Test
    void only_active_fact_checkers_and_editors_can_be_assigned() {
        String pureAdmin = user("assign-pure-admin", Role.ADMIN);
        signIn(editor);
        assertThatThrownBy(() -> assignments.assign(claimId, null, pureAdmin))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not one");
        assertThatThrownBy(() -> assignments.assign(claimId, null, "nobody-by-that-name"))
                .isInstanceOf(ValidationException.class);
        assertThat(assignments.candidates())
                .extracting(TeamMember::username)
                .contains(editor, checker)
                .doesNotContain(pureAdmin);

        signIn(pureAdmin);
        assertThatThrownBy(() -> assignments.assign(claimId, null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_stale_view_of_the_assignment_is_refused() {
        signIn(editor);
        assignments.assign(claimId, null, checker);
        assertThatThrownBy(() -> assignments.assign(claimId, null, otherChecker))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(claims.get(claimId).summary().assignee()).isEqualTo(checker);
    }

    @Test
    void assigning_leaves_the_claim_version_alone_so_open_proposal_forms_stay_valid() {
        long seen = claims.get(claimId).summary().version();
        signIn(editor);
        assignments.assign(claimId, null, checker);
        signIn(checker);
        review.propose(claimId, seen, Verdict.FALSE, "The filing says otherwise.");
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void a_verified_claim_takes_no_new_assignee() {
        signIn(checker);
        review.propose(claimId, claims.get(claimId).summary().version(), Verdict.TRUE, "Confirmed.");
        signIn(editor);
        review.approve(claimId, claims.get(claimId).summary().version());
        assertThatThrownBy(() -> assignments.assign(claimId, null, checker))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Reopen");
    }
}
