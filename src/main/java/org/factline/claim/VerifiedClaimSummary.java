package org.factline.claim;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A verified claim as a public list shows it: nothing the team keeps to itself (votes, assignee,
 * tags, who created it).
 *
 * @param verifiedAt when its current verdict was approved
 */
public record VerifiedClaimSummary(
        long id,
        String text,
        @Nullable String claimant,
        @Nullable LocalDate claimDate,
        Verdict verdict,
        Instant verifiedAt) {}
