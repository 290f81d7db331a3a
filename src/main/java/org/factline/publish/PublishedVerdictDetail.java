package org.factline.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.factline.claim.ClaimantKind;
import org.factline.claim.Verdict;
import org.factline.note.PublicEvidence;
import org.jspecify.annotations.Nullable;

/**
 * A verified claim with everything its public page shows, and nothing else.
 *
 * @param claimantKind with the claimant
 * @param claimantLinks web pages about the claimant (ClaimReview {@code sameAs})
 * @param approvedBy the approving editor's name, only when the publishing settings say to show it
 * @param firstPublished when a verdict on the claim was first approved
 * @param lastModified when the current verdict was approved
 * @param changedAt when anything the page shows last changed (verdict, claimant, public evidence)
 * @param evidence the items an editor made public, in the order they were added
 * @param appearances the active articles it appeared in, in the order they were added
 * @param corrections earlier approved verdicts, newest first
 */
public record PublishedVerdictDetail(
        long claimId,
        String claim,
        @Nullable String claimant,
        @Nullable ClaimantKind claimantKind,
        List<String> claimantLinks,
        @Nullable LocalDate claimDate,
        Verdict verdict,
        String summary,
        @Nullable String approvedBy,
        Instant firstPublished,
        Instant lastModified,
        Instant changedAt,
        List<PublicEvidence> evidence,
        List<Appearance> appearances,
        List<Correction> corrections) {

    public PublishedVerdictDetail {
        claimantLinks = List.copyOf(claimantLinks);
        evidence = List.copyOf(evidence);
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
