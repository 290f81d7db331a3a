package org.factline.claim;

import jakarta.annotation.security.RolesAllowed;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.claim.domain.ClaimRepository;
import org.factline.claim.domain.ClaimVoterRepository;
import org.factline.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the vote module needs of a claim, in the vote's own transaction: first {@link
 * #openForVote} (lock, refuse a decided claim, move a new one into review), then, once the vote
 * is stored, {@link #recordVote} (who voted and the figures the claims list sorts by). The lock
 * makes votes on one claim queue up, so each recount sees every vote committed before it and the
 * stored figures always match the vote table.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimVoting {

    private final ClaimRepository claims;
    private final ClaimVoterRepository voters;
    private final ReviewStart reviewStart;
    private final ApplicationEventPublisher events;

    ClaimVoting(
            ClaimRepository claims,
            ClaimVoterRepository voters,
            ReviewStart reviewStart,
            ApplicationEventPublisher events) {
        this.claims = claims;
        this.voters = voters;
        this.reviewStart = reviewStart;
        this.events = events;
    }

    /**
     * Locks the claim against concurrent votes until the transaction ends and refuses a decided
     * one; a new claim moves into review, its version untouched.
     */
    public void openForVote(long claimId) {
        claims.lock(claimId).orElseThrow(() -> new ItemNotFoundException("This claim no longer exists."));
        ClaimStatus status = claims.statusOf(claimId).orElseThrow();
        if (status.isDecided()) {
            throw new ValidationException("The verdict on this claim has been decided; votes are closed.");
        }
        reviewStart.start(claimId);
    }

    /**
     * Records that {@code username} has voted on the claim, and the claim's vote figures after
     * that vote.
     *
     * @param dispersion standard deviation of the scored votes, null below two scored votes
     */
    public void recordVote(long claimId, String username, int voteCount, @Nullable Double dispersion) {
        voters.add(claimId, username);
        claims.recordVotes(claimId, voteCount, dispersion);
        events.publishEvent(new ClaimsChanged(claimId));
    }
}
