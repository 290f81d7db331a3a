package org.factline.claim.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppearanceRepository extends JpaRepository<Appearance, Long> {

    List<Appearance> findByClaimIdOrderById(long claimId);

    List<Appearance> findByClaimIdInOrderById(Collection<Long> claimIds);

    List<Appearance> findByArticleId(long articleId);

    @Query("select new org.factline.claim.domain.AppearanceCount(a.claimId, count(a)) from Appearance a"
            + " where a.claimId in :claimIds group by a.claimId")
    List<AppearanceCount> countByClaim(Collection<Long> claimIds);

    boolean existsByClaimIdAndArticleIdAndStart(long claimId, long articleId, int start);
}
