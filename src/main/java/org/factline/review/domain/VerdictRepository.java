package org.factline.review.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factline.review.VerdictState;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VerdictRepository extends JpaRepository<VerdictRecord, Long> {

    List<VerdictRecord> findByClaimIdOrderByCreatedAtDescIdDesc(long claimId);

    List<VerdictRecord> findByClaimIdAndStateInOrderByDecidedAtAscIdAsc(long claimId, Collection<VerdictState> states);

    List<VerdictRecord> findByClaimIdInAndStateInOrderByDecidedAtAscIdAsc(
            Collection<Long> claimIds, Collection<VerdictState> states);

    Optional<VerdictRecord> findFirstByClaimIdAndStateOrderByIdDesc(long claimId, VerdictState state);
}
