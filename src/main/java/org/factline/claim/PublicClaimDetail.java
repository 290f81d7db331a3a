package org.factline.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim with what a public page may show of it, whatever its status (the page decides what a
 * status means): nothing the team keeps to itself (votes, assignee, tags, who created it).
 *
 * @param claimantKind with the claimant
 * @param claimantLinks web pages about the claimant (schema.org {@code sameAs}), empty without one
 * @param claimantChangedAt when the claimant's kind or links last changed, with the claimant
 * @param verifiedAt when its current verdict was approved, while it is verified
 * @param articleIds the articles it appears in, in the order the appearances were added
 */
public record PublicClaimDetail(
        long id,
        String text,
        @Nullable String claimant,
        @Nullable ClaimantKind claimantKind,
        List<String> claimantLinks,
        @Nullable Instant claimantChangedAt,
        @Nullable LocalDate claimDate,
        ClaimStatus status,
        @Nullable Verdict verdict,
        @Nullable Instant verifiedAt,
        List<Long> articleIds) {

    public PublicClaimDetail {
        claimantLinks = List.copyOf(claimantLinks);
        articleIds = List.copyOf(articleIds);
    }
}
