package org.factline.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * State of an index rebuild.
 *
 * @param total entities to index (known once loading started)
 * @param done documents written so far
 */
public record RebuildProgress(
        State state,
        long total,
        long done,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String startedBy,
        @Nullable String error) {

    public enum State {
        NEVER,
        RUNNING,
        DONE,
        FAILED
    }

    static RebuildProgress never() {
        return new RebuildProgress(State.NEVER, 0, 0, null, null, null, null);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Fraction done, 0..1 (0 while the total is still unknown). */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}
