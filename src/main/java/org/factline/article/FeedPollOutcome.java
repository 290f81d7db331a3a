package org.factline.article;

/**
 * What one poll of a feed did.
 *
 * @param newEntries entries new to Factline or updated since their last import
 * @param message the poll's result in words, as the Feeds page shows it
 */
public record FeedPollOutcome(
        long feedId, Status status, int newEntries, int imported, int duplicates, int failed, String message) {

    public enum Status {
        /** The feed was read; its new entries (if any) were imported. */
        READ,
        /** The server answered 304 Not Modified: nothing to do. */
        NOT_MODIFIED,
        /** The feed could not be fetched or read; {@code message} says why. */
        FAILED,
        /** Another poll of the same feed was running (here or on another node); this one did nothing. */
        BUSY
    }
}
