package org.factline.claim;

import org.springframework.data.domain.Sort;

/**
 * How the claims list is sorted. Ties break by newest first, and every order is backed by an index
 * (see {@code V11__claim_assignee.sql}).
 */
public enum ClaimOrder {
    NEWEST("Newest", Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))),
    /** Most votes first. */
    MOST_VOTES("Most votes", Sort.by(Sort.Order.desc("voteCount"), Sort.Order.desc("id"))),
    /**
     * Highest dispersion first: the standard deviation of the scored votes (1 = false … 5 = true,
     * unverifiable left out), defined from two scored votes on. Claims with fewer come last.
     */
    MOST_DISPUTED(
            "Most disputed",
            Sort.by(
                    Sort.Order.desc("voteDispersion").nullsLast(),
                    Sort.Order.desc("voteCount"),
                    Sort.Order.desc("id")));

    private final String label;
    private final Sort sort;

    ClaimOrder(String label, Sort sort) {
        this.label = label;
        this.sort = sort;
    }

    public String label() {
        return label;
    }

    public Sort sort() {
        return sort;
    }
}
