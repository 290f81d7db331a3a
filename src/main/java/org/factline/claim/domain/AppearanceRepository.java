package org.factline.claim.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppearanceRepository extends JpaRepository<Appearance, Long> {

    List<Appearance> findByClaimIdOrderById(long claimId);

    List<Appearance> findByClaimIdInOrderById(Collection<Long> claimIds);

    List<Appearance> findByArticleId(long articleId);

    boolean existsByClaimIdAndArticleIdAndStart(long claimId, long articleId, int start);
}
