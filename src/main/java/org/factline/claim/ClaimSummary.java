package org.factline.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

public record ClaimSummary(
        long id,
        long version,
        String text,
        @Nullable String claimant,
        @Nullable LocalDate claimDate,
        ClaimStatus status,
        Set<String> tags,
        String createdBy,
        @Nullable Instant createdAt) {}
