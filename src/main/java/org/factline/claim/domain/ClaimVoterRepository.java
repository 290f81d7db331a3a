package org.factline.claim.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ClaimVoterRepository extends JpaRepository<ClaimVoter, ClaimVoter.Key> {

    /** Adds the voter unless already there; the caller holds the claim's row lock. */
    @Modifying(flushAutomatically = true)
    @Query(
            value =
                    "insert into claim_voter (claim_id, username) select :claimId, :username"
                            + " where not exists (select 1 from claim_voter where claim_id = :claimId and username = :username)",
            nativeQuery = true)
    int add(long claimId, String username);
}
