package org.factline.note;

import static java.util.stream.Collectors.groupingBy;
import static org.factline.base.export.ExportTable.column;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.base.export.ExportFormat;
import org.factline.base.export.ExportTable;
import org.factline.claim.ClaimExport;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimLink;
import org.factline.claim.ClaimOrder;
import org.factline.note.domain.EvidenceRepository;
import org.factline.note.domain.EvidenceRow;
import org.factline.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence of the claims a claims list shows, as a file: the claims come from {@link
 * ClaimExport} (the same filter, order and visibility as the list), a page at a time, and each
 * page's live evidence items follow in one query, in the order they were added. Deleted items
 * are left out, as on the claim page.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.FACT_CHECKER)
public class EvidenceExport {

    static final ExportTable<ExportedEvidence> TABLE = ExportTable.of(
            column("claim_id", e -> e.claim().id()),
            column("claim_text", e -> e.claim().text()),
            column("claim_status", e -> code(e.claim().status())),
            column("evidence_id", e -> e.evidence().id()),
            column("title", e -> e.evidence().title()),
            column("url", e -> e.evidence().url()),
            column("archive_url", e -> e.evidence().archiveUrl()),
            column("source_type", e -> code(e.evidence().sourceType())),
            column("stance", e -> code(e.evidence().stance())),
            column("quote", e -> e.evidence().quote()),
            column("original_language", e -> e.evidence().originalLanguage()),
            column("translation", e -> e.evidence().translation()),
            column("accessed_on", e -> e.evidence().accessedOn()),
            column("added_by", e -> e.evidence().addedBy()),
            column("added_at", e -> e.evidence().addedAt()),
            column("file_name", e -> e.evidence().fileName()),
            column("file_type", e -> e.evidence().fileType()),
            column("file_size", e -> e.evidence().fileSize()));

    private final ClaimExport claims;
    private final EvidenceRepository evidence;

    EvidenceExport(ClaimExport claims, EvidenceRepository evidence) {
        this.claims = claims;
        this.evidence = evidence;
    }

    /** Evidence of the claims the list shows with this filter, claim by claim in the list's order. */
    public void write(ClaimFilter filter, ClaimOrder order, ExportFormat format, OutputStream out) {
        try (var rows = TABLE.open(format, out)) {
            claims.forEachPage(filter, order, page -> {
                Map<Long, List<EvidenceRow>> byClaim =
                        evidence.rowsOf(page.stream().map(ClaimLink::id).toList()).stream()
                                .collect(groupingBy(EvidenceRow::claimId));
                for (ClaimLink claim : page) {
                    byClaim.getOrDefault(claim.id(), List.of())
                            .forEach(item -> rows.write(new ExportedEvidence(claim, item)));
                }
                rows.flush();
            });
        }
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
