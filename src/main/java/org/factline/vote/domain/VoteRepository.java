package org.factline.vote.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VoteRepository extends JpaRepository<Vote, Long> {

    Optional<Vote> findByClaimIdAndUsername(long claimId, String username);

    List<Vote> findByClaimId(long claimId);

    long countByClaimId(long claimId);

    /** Every vote as (who, which claim, what), without loading entities: input of the viewpoint fit. */
    @Query("select new org.factline.vote.domain.VoteRow(v.username, v.claimId, v.verdict) from Vote v")
    List<VoteRow> allRows();
}
