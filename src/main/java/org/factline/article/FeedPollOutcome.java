package org.factline.article;

import org.jspecify.annotations.Nullable;

/**
 * What one poll of a feed did.
 *
 * @param newEntries entries new to Factline or updated since their last import
 * @param jobId the import job importing them (the Imports page shows its progress), null when none
 * @param message the poll's result in words, as the Feeds page shows it
 */
public record FeedPollOutcome(
        long feedId,
        Status status,
        int newEntries,
        @Nullable Long jobId,
        String message) {

    public enum Status {
        /** The feed was read; its new entries (if any) are imported by the job {@code jobId}. */
        READ,
        /** The server answered 304 Not Modified: nothing to do. */
        NOT_MODIFIED,
        /** The feed could not be fetched or read; {@code message} says why. */
        FAILED,
        /** Another poll of the same feed was running (here or on another node); this one did nothing. */
        BUSY
    }
}
