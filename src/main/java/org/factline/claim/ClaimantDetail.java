package org.factline.claim;

import java.util.List;

/**
 * A claimant with all their claims, newest claim date first.
 *
 * @param kind person, organization, government or other (lowercase)
 */
public record ClaimantDetail(long id, String name, String kind, List<ClaimLink> claims) {

    public ClaimantDetail {
        claims = List.copyOf(claims);
    }

    /** Claims with an approved verdict. */
    public long verified() {
        return claims.stream().filter(c -> c.verdict() != null).count();
    }
}
