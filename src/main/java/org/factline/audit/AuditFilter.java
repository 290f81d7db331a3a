package org.factline.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filter for browsing the log; null fields don't filter.
 *
 * @param text matched against summary and target id, case-insensitively
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String text,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
