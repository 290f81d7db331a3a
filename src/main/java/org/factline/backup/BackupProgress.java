package org.factline.backup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The running or last backup or restore on this node.
 *
 * @param step what is happening ("Writing", "Checking", "Restoring", "Rebuilding the search index")
 * @param table the table being worked on, or empty
 * @param done rows (or, while the index is rebuilt, documents) handled so far
 * @param total rows or documents in all, 0 while unknown
 * @param file the backup written or restored
 * @param message the outcome once done, or why it failed
 */
public record BackupProgress(
        State state,
        Job job,
        String step,
        String table,
        long done,
        long total,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String startedBy,
        @Nullable String file,
        @Nullable String message) {

    public enum State {
        NEVER,
        RUNNING,
        DONE,
        FAILED
    }

    public enum Job {
        BACKUP,
        RESTORE
    }

    static BackupProgress never() {
        return new BackupProgress(State.NEVER, Job.BACKUP, "", "", 0, 0, null, null, null, null, null);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Fraction done, 0..1 (0 while the total is unknown). */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }

    BackupProgress at(String step, String table, long done, long total) {
        return new BackupProgress(
                state, job, step, table, done, total, startedAt, finishedAt, startedBy, file, message);
    }

    BackupProgress finished(State end, Instant at, @Nullable String message) {
        return new BackupProgress(end, job, step, "", done, total, startedAt, at, startedBy, file, message);
    }
}
