package org.factline.vote;

import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.claim.Verdict;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.vote.domain.Vote;
import org.factline.vote.domain.VoteRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casting and counting accuracy votes. A person has one vote per claim: voting again changes it.
 * Concurrent clicks by the same person end as one vote (unique index; the loser of the race
 * retries, in a new transaction, as an update), so every vote is counted exactly once.
 */
@Service
@RolesAllowed(AppRoles.FACT_CHECKER)
public class VoteService {

    private final VoteLedger ledger;
    private final VoteRepository votes;
    private final CurrentUser currentUser;

    VoteService(VoteLedger ledger, VoteRepository votes, CurrentUser currentUser) {
        this.ledger = ledger;
        this.votes = votes;
        this.currentUser = currentUser;
    }

    /**
     * Casts or changes the signed-in person's vote.
     *
     * @return the claim's tally including this vote
     * @throws ValidationException if the verdict on the claim has been decided or the reason is
     *     too long
     * @throws ItemNotFoundException if the claim is gone
     */
    @Retryable(
            includes = {DataIntegrityViolationException.class, OptimisticLockingFailureException.class},
            maxRetries = 4,
            delay = 5,
            jitter = 4)
    public VoteTally castVote(long claimId, Verdict verdict, @Nullable String reason) {
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (cleanReason != null && cleanReason.length() > Vote.REASON_MAX_LENGTH) {
            throw new ValidationException("reason", "Keep the reason to one line (at most 300 characters).");
        }
        return ledger.record(claimId, currentUser.actorName(), verdict, cleanReason);
    }

    /** The live-update topic of a claim's votes (see {@link LiveTally}). */
    public static String liveTopic(long claimId) {
        return LiveTally.topic(claimId);
    }

    @Transactional(readOnly = true)
    public VoteTally tally(long claimId) {
        return ledger.tally(claimId);
    }

    @Transactional(readOnly = true)
    public Optional<Verdict> myVote(long claimId) {
        return votes.findByClaimIdAndUsername(claimId, currentUser.actorName()).map(Vote::getVerdict);
    }
}
