package org.factline.review;

import java.time.Instant;
import org.factline.claim.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * An approved verdict as the public correction log shows it: what was decided and when, without
 * who proposed or approved it.
 *
 * @param reason the reason kept with the decision, if any
 */
public record VerdictSummary(
        Verdict label,
        String summary,
        Instant approvedAt,
        @Nullable String reason) {}
