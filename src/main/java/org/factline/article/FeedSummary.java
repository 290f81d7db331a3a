package org.factline.article;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A saved feed as the Feeds page shows it.
 *
 * @param lastResult what the last poll did, e.g. "No change" or "3 new: 2 imported, 1 failed"
 * @param lastError why the last poll failed, in words for people; null when it succeeded
 */
public record FeedSummary(
        long id,
        long version,
        String address,
        @Nullable String title,
        Duration interval,
        boolean active,
        @Nullable Instant lastPolledAt,
        @Nullable Instant lastSuccessAt,
        Instant nextPollAt,
        @Nullable String lastResult,
        @Nullable String lastError,
        int entriesSeen,
        int entriesImported,
        int entriesDuplicate,
        int entriesFailed,
        String addedBy) {

    /** The feed's title, else its address. */
    public String name() {
        return title == null ? address : title;
    }
}
