package org.factline.note.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Live notes only: deleted ones are filtered out by the entity's restriction. */
public interface NoteRepository extends JpaRepository<Note, Long> {

    List<Note> findByClaimIdOrderByCreatedAtAscIdAsc(long claimId);

    long countByParentId(long parentId);

    @Query("select new org.factline.note.domain.CountPerClaim(n.claimId, count(n)) from Note n"
            + " where n.claimId in :claimIds group by n.claimId")
    List<CountPerClaim> countByClaim(Collection<Long> claimIds);
}
