package org.factline.claim;

import jakarta.persistence.EntityManager;
import org.factline.claim.domain.Claim;
import org.factline.claim.domain.ClaimRepository;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a new claim into review when work on it starts (a first vote, note or evidence item)
 * without touching its {@code @Version}: that move is nobody's decision, so it must not make a
 * teammate's open proposal form stale. One conditional update settles concurrent first votes;
 * the search index, which a bulk update bypasses, is told here.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReviewStart {

    private final ClaimRepository claims;
    private final EntityManager entityManager;

    ReviewStart(ClaimRepository claims, EntityManager entityManager) {
        this.claims = claims;
        this.entityManager = entityManager;
    }

    /** @return whether the claim was new and is now in review */
    boolean start(long claimId) {
        if (claims.startReview(claimId) == 0) {
            return false;
        }
        Claim claim = entityManager.find(Claim.class, claimId);
        // A copy loaded earlier in this transaction still says NEW.
        entityManager.refresh(claim);
        Search.session(entityManager).indexingPlan().addOrUpdate(claim);
        return true;
    }
}
