package org.factline.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim with what a public page may show of it, whatever its status (the page decides what a
 * status means): nothing the team keeps to itself (votes, assignee, tags, who created it).
 *
 * @param claimantKind person, organization, government or other (lowercase), with the claimant
 * @param verifiedAt when its current verdict was approved, while it is verified
 * @param articleIds the articles it appears in, in the order the appearances were added
 */
public record PublicClaimDetail(
        long id,
        String text,
        @Nullable String claimant,
        @Nullable String claimantKind,
        @Nullable LocalDate claimDate,
        ClaimStatus status,
        @Nullable Verdict verdict,
        @Nullable Instant verifiedAt,
        List<Long> articleIds) {

    public PublicClaimDetail {
        articleIds = List.copyOf(articleIds);
    }
}
