package org.factline.vote.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VoteRepository extends JpaRepository<Vote, Long> {

    Optional<Vote> findByClaimIdAndUsername(long claimId, String username);

    List<Vote> findByClaimId(long claimId);

    long countByClaimId(long claimId);

    @Query("select new org.factline.vote.domain.VerdictCount(v.claimId, v.verdict, count(v)) from Vote v"
            + " where v.claimId in :claimIds group by v.claimId, v.verdict")
    List<VerdictCount> countByVerdict(Collection<Long> claimIds);

    /** Every vote as (who, which claim, what), without loading entities: input of the viewpoint fit. */
    @Query("select new org.factline.vote.domain.VoteRow(v.username, v.claimId, v.verdict) from Vote v")
    List<VoteRow> allRows();
}
