package org.factline.review;

import java.time.Instant;
import org.factline.claim.Verdict;
import org.jspecify.annotations.Nullable;

/** A proposed or decided verdict, for the claim page and the correction log. */
public record VerdictDetail(
        long id,
        Verdict label,
        String summary,
        VerdictState state,
        String proposedBy,
        @Nullable Instant proposedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String reason) {}
