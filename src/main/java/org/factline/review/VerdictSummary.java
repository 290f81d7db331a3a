package org.factline.review;

import java.time.Instant;
import org.factline.claim.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * An approved verdict as the public correction log shows it: what was decided and when. Who
 * approved it is there for the publish module, which shows the name only when the organisation's
 * setting says so; who proposed it never leaves the team.
 *
 * @param approvedBy the username of the editor who approved it
 * @param reason the reason kept with the decision, if any
 */
public record VerdictSummary(
        Verdict label,
        String summary,
        Instant approvedAt,
        String approvedBy,
        @Nullable String reason) {}
