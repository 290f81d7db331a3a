package org.factline.review;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factline.audit.AuditRecord;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.ClaimSummary;
import org.factline.claim.Verdict;
import org.factline.review.domain.VerdictRecord;
import org.factline.review.domain.VerdictRepository;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing and deciding verdicts. The claim's version guards every move, so when two editors
 * decide at once the second is told the claim changed and nothing is overwritten.
 */
@Service
@Transactional
public class ReviewService {

    private final VerdictRepository verdicts;
    private final ClaimService claims;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean fourEyes;

    ReviewService(
            VerdictRepository verdicts,
            ClaimService claims,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${factline.review.four-eyes:true}") boolean fourEyes) {
        this.verdicts = verdicts;
        this.claims = claims;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.fourEyes = fourEyes;
    }

    /** A fact-checker proposes a verdict with a public summary; the claim waits for an editor. */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public VerdictDetail propose(long claimId, long expectedClaimVersion, Verdict label, String summary) {
        String text = summary == null ? "" : summary.strip();
        if (text.isEmpty()) {
            throw new ValidationException(
                    "summary", "Write the public summary: what the evidence shows, in a few sentences.");
        }
        if (text.length() > VerdictRecord.SUMMARY_MAX_LENGTH) {
            throw new ValidationException("summary", "Keep the summary to 1000 characters.");
        }
        ClaimSummary claim = claims.moveTo(claimId, expectedClaimVersion, ClaimStatus.PROPOSED, null);
        var record = verdicts.save(new VerdictRecord(claimId, label, text, currentUser.actorName()));
        audit("verdict.proposed", claim, "Proposed \u201c" + label.label() + "\u201d");
        return view(record);
    }

    /**
     * Proposes on the claim as it is now. A proposal needs no version check of its own: votes and
     * notes move a new claim into review (a new version) while the proposer writes, and the state
     * machine still refuses a proposal on a claim that was proposed or decided meanwhile.
     */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public VerdictDetail propose(long claimId, Verdict label, String summary) {
        return propose(claimId, claims.get(claimId).summary().version(), label, summary);
    }

    /**
     * Whether the signed-in editor may approve {@code proposal}: not their own while the four-eyes
     * rule holds ({@code factline.review.four-eyes}), so the page can say so instead of offering it.
     */
    @RolesAllowed(AppRoles.EDITOR)
    public boolean mayApprove(VerdictDetail proposal) {
        return !fourEyes || !proposal.proposedBy().equals(currentUser.actorName());
    }

    /** An editor approves the proposal: it becomes the claim's verdict and votes close. */
    @RolesAllowed(AppRoles.EDITOR)
    public VerdictDetail approve(long claimId, long expectedClaimVersion) {
        // The version check comes first: a stale page gets "changed by someone else", not a guess.
        Verdict label = verdicts.findFirstByClaimIdAndStateOrderByIdDesc(claimId, VerdictState.PROPOSED)
                .map(VerdictRecord::getLabel)
                .orElse(null);
        ClaimSummary claim = claims.moveTo(claimId, expectedClaimVersion, ClaimStatus.VERIFIED, label);
        VerdictRecord proposal = pending(claimId);
        if (fourEyes && proposal.getProposedBy().equals(currentUser.actorName())) {
            throw new ValidationException(
                    "Another editor must approve a verdict you proposed yourself (four-eyes rule).");
        }
        verdicts.findFirstByClaimIdAndStateOrderByIdDesc(claimId, VerdictState.APPROVED)
                .ifPresent(VerdictRecord::supersede);
        proposal.decide(VerdictState.APPROVED, currentUser.actorName(), clock.instant(), null);
        audit("verdict.approved", claim, "Approved \u201c" + proposal.getLabel().label() + "\u201d");
        decided(claim, VerdictDecided.Decision.APPROVED, proposal, null);
        return view(proposal);
    }

    /** An editor sends the proposal back with a reason; fact-checkers can propose again. */
    @RolesAllowed(AppRoles.EDITOR)
    public VerdictDetail reject(long claimId, long expectedClaimVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "Say what is missing, so the fact-checkers know what to do next.");
        }
        ClaimSummary claim = claims.moveTo(claimId, expectedClaimVersion, ClaimStatus.REJECTED, null);
        VerdictRecord proposal = pending(claimId);
        proposal.decide(VerdictState.REJECTED, currentUser.actorName(), clock.instant(), reason.strip());
        audit("verdict.rejected", claim, "Sent back: " + reason.strip());
        decided(claim, VerdictDecided.Decision.REJECTED, proposal, reason.strip());
        return view(proposal);
    }

    /**
     * An editor sends the proposal back to review with a message for the fact-checkers: unlike a
     * rejection, votes stay open and the claim goes on being worked on. The proposer and the
     * assignee are told.
     */
    @RolesAllowed(AppRoles.EDITOR)
    public VerdictDetail requestMoreWork(long claimId, long expectedClaimVersion, String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw new ValidationException("message", "Say what more is needed, so the fact-checkers know what to do.");
        }
        if (text.length() > VerdictRecord.SUMMARY_MAX_LENGTH) {
            throw new ValidationException("message", "Keep the message to 1000 characters.");
        }
        ClaimSummary claim =
                claims.moveFrom(claimId, expectedClaimVersion, ClaimStatus.PROPOSED, ClaimStatus.IN_REVIEW);
        VerdictRecord proposal = pending(claimId);
        proposal.decide(VerdictState.MORE_WORK, currentUser.actorName(), clock.instant(), text);
        audit(
                "verdict.more-work",
                claim,
                "Asked for more work on \u201c" + proposal.getLabel().label() + "\u201d: " + text);
        decided(claim, VerdictDecided.Decision.MORE_WORK, proposal, text);
        return view(proposal);
    }

    /** An editor reopens a verified claim; its verdict stays in the correction log until replaced. */
    @RolesAllowed(AppRoles.EDITOR)
    public void reopen(long claimId, long expectedClaimVersion) {
        ClaimSummary claim =
                claims.moveFrom(claimId, expectedClaimVersion, ClaimStatus.VERIFIED, ClaimStatus.IN_REVIEW);
        audit("verdict.reopened", claim, "Reopened for a new verdict");
        verdicts.findFirstByClaimIdAndStateOrderByIdDesc(claimId, VerdictState.APPROVED)
                .ifPresent(approved -> decided(claim, VerdictDecided.Decision.REOPENED, approved, null));
    }

    /** Every proposal and decision on the claim, newest first. */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    @Transactional(readOnly = true)
    public List<VerdictDetail> history(long claimId) {
        return verdicts.findByClaimIdOrderByCreatedAtDescIdDesc(claimId).stream()
                .map(ReviewService::view)
                .toList();
    }

    /**
     * Every verdict ever approved on the claim, oldest first (the current one last while the claim
     * is verified): the public correction log.
     */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    @Transactional(readOnly = true)
    public List<VerdictSummary> approvedVerdicts(long claimId) {
        return approvedVerdicts(List.of(claimId)).getOrDefault(claimId, List.of());
    }

    /** {@link #approvedVerdicts(long)} of several claims in one query, by claim id. */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    @Transactional(readOnly = true)
    public Map<Long, List<VerdictSummary>> approvedVerdicts(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return verdicts
                .findByClaimIdInAndStateInOrderByDecidedAtAscIdAsc(
                        claimIds, List.of(VerdictState.APPROVED, VerdictState.SUPERSEDED))
                .stream()
                .filter(r -> r.getDecidedAt() != null && r.getDecidedBy() != null)
                .collect(Collectors.groupingBy(
                        VerdictRecord::getClaimId,
                        Collectors.mapping(
                                r -> new VerdictSummary(
                                        r.getLabel(),
                                        r.getSummary(),
                                        r.getDecidedAt(),
                                        r.getDecidedBy(),
                                        r.getReason()),
                                Collectors.toList())));
    }

    private VerdictRecord pending(long claimId) {
        return verdicts.findFirstByClaimIdAndStateOrderByIdDesc(claimId, VerdictState.PROPOSED)
                .orElseThrow(() -> new ValidationException("There is no proposed verdict on this claim."));
    }

    private void decided(
            ClaimSummary claim, VerdictDecided.Decision decision, VerdictRecord verdict, @Nullable String reason) {
        events.publishEvent(new VerdictDecided(
                claim.id(),
                claim.text(),
                claim.createdBy(),
                decision,
                verdict.getLabel().label(),
                verdict.getProposedBy(),
                currentUser.actorName(),
                reason,
                claim.assignee(),
                clock.instant()));
    }

    private void audit(String action, ClaimSummary claim, String summary) {
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                action,
                "claim",
                String.valueOf(claim.id()),
                summary,
                null,
                Map.of("status", claim.status().name())));
    }

    private static VerdictDetail view(VerdictRecord r) {
        return new VerdictDetail(
                r.getId() == null ? 0 : r.getId(),
                r.getLabel(),
                r.getSummary(),
                r.getState(),
                r.getProposedBy(),
                r.getCreatedAt(),
                r.getDecidedBy(),
                r.getDecidedAt(),
                r.getReason());
    }
}
