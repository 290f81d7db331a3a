package org.factline.claim.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ClaimRepository extends JpaRepository<Claim, Long>, JpaSpecificationExecutor<Claim> {

    @org.springframework.data.jpa.repository.Query(
            "select c from Claim c where c.claimant.id = :claimantId order by c.claimDate desc nulls last, c.id desc")
    java.util.List<Claim> findByClaimant(long claimantId);
}
