package org.factline.claim.ui;

import org.factline.claim.ClaimService;
import org.factline.search.SearchService;
import org.springframework.stereotype.Component;

/** Opens the claim form for other features (e.g. "Create claim" on a check-worthy sentence). */
@Component
public class ClaimDialogs {

    private final ClaimService claims;
    private final SearchService search;

    ClaimDialogs(ClaimService claims, SearchService search) {
        this.claims = claims;
        this.search = search;
    }

    /**
     * The form for a claim from a passage of an article, with similar existing claims offered.
     *
     * @param near character offset of the passage in the article text, or -1 if unknown
     */
    public void createFromPassage(long articleId, String passage, int near) {
        new NewClaimDialog(claims, search, articleId, passage, near).open();
    }
}
