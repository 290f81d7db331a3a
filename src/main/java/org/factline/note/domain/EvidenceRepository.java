package org.factline.note.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Live evidence only: deleted items are filtered out by the entity's restriction. */
public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByClaimIdOrderByCreatedAtAscIdAsc(long claimId);

    @Query("select new org.factline.note.domain.CountPerClaim(e.claimId, count(e)) from Evidence e"
            + " where e.claimId in :claimIds group by e.claimId")
    List<CountPerClaim> countByClaim(Collection<Long> claimIds);
}
