package org.factline.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A change worth auditing, published by the feature that made it. {@code before} and {@code after}
 * are flat snapshots of the fields that matter (never secrets such as password hashes).
 *
 * @param actor username of who did it, or "system"
 * @param action dotted verb, e.g. {@code user.disabled}
 */
public record AuditRecord(
        String actor,
        String action,
        String targetType,
        @Nullable String targetId,
        String summary,
        @Nullable Map<String, ?> before,
        @Nullable Map<String, ?> after) {}
