package org.factline.claim;

import java.util.List;

/**
 * A claimant with all their claims, newest claim date first.
 *
 * @param links web pages that say who this is (schema.org {@code sameAs} on public pages)
 * @param version for the edit form's stale check
 * @param canEdit whether the signed-in user may change the kind and links (editors)
 */
public record ClaimantDetail(
        long id,
        String name,
        ClaimantKind kind,
        List<String> links,
        long version,
        boolean canEdit,
        List<ClaimLink> claims) {

    public ClaimantDetail {
        links = List.copyOf(links);
        claims = List.copyOf(claims);
    }

    /** Claims with an approved verdict. */
    public long verified() {
        return claims.stream().filter(c -> c.verdict() != null).count();
    }
}
