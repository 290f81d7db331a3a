package org.factline.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.factline.claim.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * A verified claim with everything its public page shows, and nothing else.
 *
 * @param claimantKind person, organization, government or other (lowercase), with the claimant
 * @param firstPublished when a verdict on the claim was first approved
 * @param lastModified when the current verdict was approved
 * @param appearances the active articles it appeared in, in the order they were added
 * @param corrections earlier approved verdicts, newest first
 */
public record PublishedVerdictDetail(
        long claimId,
        String claim,
        @Nullable String claimant,
        @Nullable String claimantKind,
        @Nullable LocalDate claimDate,
        Verdict verdict,
        String summary,
        Instant firstPublished,
        Instant lastModified,
        List<Appearance> appearances,
        List<Correction> corrections) {

    public PublishedVerdictDetail {
        appearances = List.copyOf(appearances);
        corrections = List.copyOf(corrections);
    }

    /** An article the claim appeared in; the address only when it is a web address. */
    public record Appearance(
            String headline,
            @Nullable String publisher,
            @Nullable OffsetDateTime publishedAt,
            @Nullable String url) {}

    /** A verdict that was replaced after the claim was reopened. */
    public record Correction(
            Verdict verdict,
            String summary,
            Instant approvedAt,
            @Nullable String reason) {}
}
