package org.factline.claim;

import java.util.List;

/**
 * What the reader shows of known claims in an article.
 *
 * @param scanned false while the background scan has not looked at the article yet
 * @param byMeaning false when matched by words only (a search backend without vectors)
 */
public record KnownClaimsInArticle(boolean scanned, boolean byMeaning, List<KnownClaim> matches) {

    public KnownClaimsInArticle {
        matches = List.copyOf(matches);
    }
}
