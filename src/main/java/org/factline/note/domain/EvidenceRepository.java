package org.factline.note.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Live evidence only: deleted items are filtered out by the entity's restriction. */
public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByClaimIdOrderByCreatedAtAscIdAsc(long claimId);

    @Query("select new org.factline.note.domain.EvidenceRow(e.id, e.claimId, e.title, e.url, e.archiveUrl,"
            + " e.sourceType, e.stance, e.quote, e.originalLanguage, e.translation, e.accessedOn, e.addedBy,"
            + " e.createdAt, e.fileName, e.fileType, e.fileSize) from Evidence e"
            + " where e.claimId in :claimIds order by e.claimId, e.createdAt, e.id")
    List<EvidenceRow> rowsOf(Collection<Long> claimIds);

    @Query("select new org.factline.note.domain.CountPerClaim(e.claimId, count(e)) from Evidence e"
            + " where e.claimId in :claimIds group by e.claimId")
    List<CountPerClaim> countByClaim(Collection<Long> claimIds);
}
