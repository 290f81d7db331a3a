package org.factline.vote.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoteRepository extends JpaRepository<Vote, Long> {

    Optional<Vote> findByClaimIdAndUsername(long claimId, String username);

    List<Vote> findByClaimId(long claimId);

    long countByClaimId(long claimId);
}
