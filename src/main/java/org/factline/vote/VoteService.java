package org.factline.vote;

import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.factline.audit.AuditRecord;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.ClaimVoteFigures;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.vote.domain.Vote;
import org.factline.vote.domain.VoteRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casting and counting accuracy votes. A person has one vote per claim: voting again changes it.
 * Concurrent clicks by the same person end as one vote (unique index; the loser of the race
 * retries as an update), so every vote is counted exactly once.
 */
@Service
@RolesAllowed(AppRoles.FACT_CHECKER)
public class VoteService {

    private static final int ATTEMPTS = 5;

    private final VoteRepository votes;
    private final ClaimService claims;
    private final ClaimVoteFigures figures;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final int minimumVotes;

    VoteService(
            VoteRepository votes,
            ClaimService claims,
            ClaimVoteFigures figures,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            @Value("${factline.votes.minimum:3}") int minimumVotes) {
        this.votes = votes;
        this.claims = claims;
        this.figures = figures;
        this.currentUser = currentUser;
        this.events = events;
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readTx = new TransactionTemplate(transactionManager);
        this.readTx.setReadOnly(true);
        this.minimumVotes = minimumVotes;
    }

    public VoteTally castVote(long claimId, Verdict verdict, @Nullable String reason) {
        String username = currentUser.actorName();
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (cleanReason != null && cleanReason.length() > Vote.REASON_MAX_LENGTH) {
            throw new ValidationException("reason", "Keep the reason to one line (at most 300 characters).");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(status -> {
                    // Locked first: votes on one claim queue up, so the recount below sees them all.
                    ClaimStatus claimStatus = figures.lockForVoting(claimId);
                    if (claimStatus == ClaimStatus.VERIFIED || claimStatus == ClaimStatus.REJECTED) {
                        throw new ValidationException("The verdict on this claim has been decided; votes are closed.");
                    }
                    var existing = votes.findByClaimIdAndUsername(claimId, username);
                    if (existing.isPresent()) {
                        existing.get().change(verdict, cleanReason);
                        votes.saveAndFlush(existing.get());
                    } else {
                        votes.saveAndFlush(new Vote(claimId, username, verdict, cleanReason));
                    }
                    claims.startReview(claimId);
                    var all = VoteTally.of(
                            claimId,
                            votes.findByClaimId(claimId).stream()
                                    .map(Vote::getVerdict)
                                    .toList(),
                            minimumVotes);
                    figures.record(claimId, all.total(), all.rankedDispersion());
                    events.publishEvent(new AuditRecord(
                            username,
                            "vote.cast",
                            "claim",
                            String.valueOf(claimId),
                            username + " voted " + verdict.label(),
                            null,
                            Map.of("verdict", verdict.name())));
                });
                break;
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException concurrentClick) {
                if (attempt >= ATTEMPTS) {
                    throw concurrentClick;
                }
            }
        }
        events.publishEvent(new VoteCast(claimId, username, verdict));
        return tally(claimId);
    }

    /** The live-update topic of a claim's votes (see {@link LiveTally}). */
    public static String liveTopic(long claimId) {
        return LiveTally.topic(claimId);
    }

    public VoteTally tally(long claimId) {
        return readTx.execute(status -> VoteTally.of(
                claimId,
                votes.findByClaimId(claimId).stream().map(Vote::getVerdict).toList(),
                minimumVotes));
    }

    public Optional<Verdict> myVote(long claimId) {
        return readTx.execute(status ->
                votes.findByClaimIdAndUsername(claimId, currentUser.actorName()).map(Vote::getVerdict));
    }
}
