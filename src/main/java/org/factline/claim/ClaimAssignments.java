package org.factline.claim;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.claim.domain.ClaimRepository;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.user.TeamMember;
import org.factline.user.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on a claim. Editors assign any claim to any active team member (fact-checker or
 * editor) and take it off them; a fact-checker takes an unassigned claim for themselves ("Take
 * it") and gives back their own, but never assigns anyone else or takes a teammate's claim.
 * Verified claims take no new assignee until they are reopened.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimAssignments {

    private final ClaimRepository claims;
    private final UserDirectory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ClaimAssignments(
            ClaimRepository claims,
            UserDirectory directory,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.claims = claims;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Assigns the claim to {@code assignee}, or to nobody when null.
     *
     * @param expectedAssignee the assignee the person saw: if someone changed it since, nothing
     *     happens and {@link ConcurrentEditException} says so
     */
    public ClaimSummary assign(long claimId, @Nullable String expectedAssignee, @Nullable String assignee) {
        // The row lock makes concurrent assignments queue up; the assignee read after it is current.
        claims.lock(claimId).orElseThrow(() -> new ItemNotFoundException("This claim no longer exists."));
        String current = claims.assigneeOf(claimId).orElse(null);
        if (!Objects.equals(current, blank(expectedAssignee))) {
            throw new ConcurrentEditException("This claim's assignment");
        }
        String next = assignee == null || assignee.isBlank() ? null : member(assignee);
        if (Objects.equals(current, next)) {
            return summary(claimId);
        }
        String me = currentUser.actorName();
        checkAllowed(me, current, next);
        var claim = claims.findById(claimId).orElseThrow();
        if (next != null && claim.getStatus() == ClaimStatus.VERIFIED) {
            throw new ValidationException("This claim is verified. Reopen it before assigning work on it.");
        }
        claims.assign(claimId, next);
        events.publishEvent(new AuditRecord(
                me,
                next == null ? "claim.unassigned" : "claim.assigned",
                "claim",
                String.valueOf(claimId),
                describe(me, current, next),
                current == null ? null : Map.of("assignee", current),
                next == null ? null : Map.of("assignee", next)));
        events.publishEvent(new ClaimAssigned(claimId, claim.getText(), next, current, me));
        events.publishEvent(new ClaimsChanged(claimId));
        return summary(claimId);
    }

    /** The active fact-checkers and editors a claim can be assigned to, by name. */
    @Transactional(readOnly = true)
    public List<TeamMember> candidates() {
        return directory.teamMembers();
    }

    /** Whether the signed-in person may assign claims to others (the assign control shows). */
    public boolean canAssignOthers() {
        return currentUser.hasRole(AppRoles.Role.EDITOR);
    }

    private void checkAllowed(String me, @Nullable String current, @Nullable String next) {
        if (canAssignOthers()) {
            return;
        }
        boolean takesFreeClaim = current == null && me.equals(next);
        boolean givesOwnBack = me.equals(current) && next == null;
        if (!takesFreeClaim && !givesOwnBack) {
            throw new AccessDeniedException(
                    current != null && !me.equals(current)
                            ? "This claim is assigned to " + current + "; only an editor can reassign it."
                            : "Only editors assign claims to others; you can take an unassigned claim yourself.");
        }
    }

    private String member(String username) {
        var found = directory.activeMembers(List.of(username));
        if (found.isEmpty()) {
            throw new ValidationException(
                    "assignee", "Claims go to active fact-checkers and editors; " + username.strip() + " is not one.");
        }
        return found.keySet().iterator().next();
    }

    private ClaimSummary summary(long claimId) {
        return ClaimViews.summary(claims.findById(claimId).orElseThrow());
    }

    private static String describe(String me, @Nullable String current, @Nullable String next) {
        if (next == null) {
            return Objects.equals(me, current)
                    ? "Gave the claim back (was assigned to " + current + ")"
                    : "Unassigned " + current;
        }
        if (next.equals(me) && current == null) {
            return "Took the claim";
        }
        return "Assigned to " + next + (current == null ? "" : " (was " + current + ")");
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
