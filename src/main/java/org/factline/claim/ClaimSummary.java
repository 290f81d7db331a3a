package org.factline.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A claim as lists and pages show it.
 *
 * @param assignee the teammate working on it, if any
 * @param voteCount how many people voted
 * @param voteDispersion standard deviation of the scored votes, from two scored votes on
 * @param verdict the approved verdict while the claim is verified, else null
 */
public record ClaimSummary(
        long id,
        long version,
        String text,
        @Nullable String claimant,
        @Nullable LocalDate claimDate,
        ClaimStatus status,
        Set<String> tags,
        String createdBy,
        @Nullable Instant createdAt,
        @Nullable String assignee,
        int voteCount,
        @Nullable Double voteDispersion,
        @Nullable Verdict verdict) {}
