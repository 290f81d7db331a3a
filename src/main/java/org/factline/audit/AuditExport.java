package org.factline.audit;

import static org.factline.base.export.ExportTable.column;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.io.OutputStream;
import java.util.Map;
import org.factline.audit.domain.AuditEntry;
import org.factline.base.domain.KeysetPages;
import org.factline.base.domain.KeysetPages.SortKey;
import org.factline.base.export.ExportFormat;
import org.factline.base.export.ExportTable;
import org.factline.security.AppRoles;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as a file (admins, like the log itself): the entries the log shows with the same
 * filter, newest first, with the state before and after as the JSON text they were stored as
 * (long states are kept shortened, so that text is not always complete JSON). Streamed a page at a
 * time.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.ADMIN)
public class AuditExport {

    static final int PAGE_SIZE = 500;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private static final Map<String, SortKey<AuditEntryDetail>> SORTABLE =
            Map.of("occurredAt", SortKey.of(AuditEntryDetail::occurredAt), "id", SortKey.of(AuditEntryDetail::id));

    static final ExportTable<AuditEntryDetail> TABLE = ExportTable.of(
            column("id", AuditEntryDetail::id),
            column("occurred_at", AuditEntryDetail::occurredAt),
            column("actor", AuditEntryDetail::actor),
            column("action", AuditEntryDetail::action),
            column("target_type", AuditEntryDetail::targetType),
            column("target_id", AuditEntryDetail::targetId),
            column("summary", AuditEntryDetail::summary),
            column("before", AuditEntryDetail::before),
            column("after", AuditEntryDetail::after));

    private final EntityManager entityManager;

    AuditExport(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void write(AuditFilter filter, ExportFormat format, OutputStream out) {
        try (var rows = TABLE.open(format, out)) {
            new KeysetPages<>(
                            entityManager,
                            AuditEntry.class,
                            AuditEntryDetail.class,
                            AuditExport::select,
                            AuditLog.specification(filter),
                            NEWEST_FIRST,
                            SORTABLE,
                            NEWEST_FIRST)
                    .forEach(PAGE_SIZE, page -> {
                        page.forEach(rows::write);
                        rows.flush();
                    });
        }
    }

    private static Selection<AuditEntryDetail> select(CriteriaBuilder cb, Root<AuditEntry> e) {
        return cb.construct(
                AuditEntryDetail.class,
                e.get("id"),
                e.get("occurredAt"),
                e.get("actor"),
                e.get("action"),
                e.get("targetType"),
                e.get("targetId"),
                e.get("summary"),
                e.get("beforeState"),
                e.get("afterState"));
    }
}
