package org.factline.claim.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.factline.claim.ClaimStatus;
import org.factline.claim.Verdict;
import org.jspecify.annotations.Nullable;

/** A claim's own columns without its entity (exports read them a page at a time). */
public record ClaimRow(
        long id,
        String text,
        @Nullable String claimant,
        @Nullable LocalDate claimDate,
        ClaimStatus status,
        @Nullable Verdict verdict,
        @Nullable String assignee,
        String createdBy,
        Instant createdAt,
        @Nullable Instant verifiedAt,
        int voteCount,
        @Nullable Double voteDispersion) {}
