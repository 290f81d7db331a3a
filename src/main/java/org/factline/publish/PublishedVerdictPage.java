package org.factline.publish;

import java.time.Instant;
import java.util.List;
import org.factline.claim.VerifiedClaimSummary;
import org.jspecify.annotations.Nullable;

/**
 * One page of the public index, newest approval first.
 *
 * @param page 1-based
 * @param changedAt when a verdict was last approved or withdrawn (null: never)
 */
public record PublishedVerdictPage(
        List<VerifiedClaimSummary> items,
        int page,
        int pageSize,
        long total,
        @Nullable Instant changedAt) {

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
