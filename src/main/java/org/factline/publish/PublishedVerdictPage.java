package org.factline.publish;

import java.util.List;
import org.factline.claim.VerifiedClaimSummary;

/**
 * One page of the public index, newest approval first.
 *
 * @param page 1-based
 */
public record PublishedVerdictPage(List<VerifiedClaimSummary> items, int page, int pageSize, long total) {

    public PublishedVerdictPage {
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * pageSize < total;
    }
}
