package org.factline.note.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Live evidence only (deleted items are filtered out by the entity's restriction), except {@link #lastPublicChanges}. */
public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByClaimIdOrderByCreatedAtAscIdAsc(long claimId);

    @Query("select new org.factline.note.domain.EvidenceRow(e.id, e.claimId, e.title, e.url, e.archiveUrl,"
            + " e.sourceType, e.stance, e.quote, e.originalLanguage, e.translation, e.accessedOn, e.addedBy,"
            + " e.createdAt, e.fileName, e.fileType, e.fileSize) from Evidence e"
            + " where e.claimId in :claimIds order by e.claimId, e.createdAt, e.id")
    List<EvidenceRow> rowsOf(Collection<Long> claimIds);

    List<Evidence> findByClaimIdInAndShownPubliclyTrueOrderByCreatedAtAscIdAsc(Collection<Long> claimIds);

    /**
     * Native, so deleted items count too: the entity's restriction would hide them, and a public
     * item deleted is a change of the public page.
     *
     * @return claim id and time, as the JDBC driver reads them ({@link #changedAt} converts)
     */
    @Query(
            value = "select claim_id, max(public_changed_at) from evidence"
                    + " where claim_id in (:claimIds) and public_changed_at is not null group by claim_id",
            nativeQuery = true)
    List<Object[]> lastPublicChanges(Collection<Long> claimIds);

    @Query("select new org.factline.note.domain.CountPerClaim(e.claimId, count(e)) from Evidence e"
            + " where e.claimId in :claimIds group by e.claimId")
    List<CountPerClaim> countByClaim(Collection<Long> claimIds);

    /** A timestamp column as drivers hand it to native queries. */
    static Instant changedAt(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp " + value.getClass());
        };
    }
}
