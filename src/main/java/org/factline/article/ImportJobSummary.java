package org.factline.article;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An import job with its progress: how many of its items stand where. */
public record ImportJobSummary(
        long id,
        String label,
        String createdBy,
        Instant createdAt,
        int pending,
        int running,
        int done,
        int failed,
        int cancelled,
        @Nullable String cancelledBy) {

    public int total() {
        return pending + running + done + failed + cancelled;
    }

    /** Items still to be worked (waiting or being fetched right now). */
    public int open() {
        return pending + running;
    }

    public boolean finished() {
        return open() == 0;
    }

    /** The share of items no longer open, 0 to 1. */
    public double progress() {
        return total() == 0 ? 1 : (total() - open()) / (double) total();
    }
}
