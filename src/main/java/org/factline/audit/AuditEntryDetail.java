package org.factline.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One audit log line as shown to admins and on the dashboard. */
public record AuditEntryDetail(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        @Nullable String targetId,
        String summary,
        @Nullable String before,
        @Nullable String after) {}
