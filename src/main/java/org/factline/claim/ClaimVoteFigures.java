package org.factline.claim;

import jakarta.annotation.security.RolesAllowed;
import org.factline.base.ValidationException;
import org.factline.claim.domain.ClaimRepository;
import org.factline.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vote figures the claims list sorts by, stored on the claim row by the vote module in the
 * transaction of each vote. The vote module first locks the claim ({@link #lockForVoting}), so
 * concurrent votes on one claim queue up and each recount sees every vote committed before it:
 * the stored figures always match the vote table. Both run only inside the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimVoteFigures {

    private final ClaimRepository claims;
    private final ApplicationEventPublisher events;

    ClaimVoteFigures(ClaimRepository claims, ApplicationEventPublisher events) {
        this.claims = claims;
        this.events = events;
    }

    /** Locks the claim against concurrent votes until the transaction ends; returns its status. */
    public ClaimStatus lockForVoting(long claimId) {
        claims.lock(claimId).orElseThrow(() -> new ValidationException("This claim no longer exists."));
        return claims.findById(claimId).orElseThrow().getStatus();
    }

    /**
     * @param dispersion standard deviation of the scored votes, null below two scored votes
     */
    public void record(long claimId, int voteCount, @Nullable Double dispersion) {
        claims.recordVotes(claimId, voteCount, dispersion);
        events.publishEvent(new ClaimsChanged(claimId));
    }
}
