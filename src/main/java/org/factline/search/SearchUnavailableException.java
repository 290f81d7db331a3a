package org.factline.search;

import java.io.IOException;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;

/**
 * The search engine can't be reached (the cluster profile's OpenSearch is stopped, restarting or
 * cut off). Searches fail with this until it is back; changes meanwhile wait in the outbox and are
 * indexed when it returns, so nothing needs to be done again.
 */
public class SearchUnavailableException extends RuntimeException {

    /** What a person sees instead of results. */
    public static final String MESSAGE = "Search is unavailable \u2014 retrying\u2026";

    SearchUnavailableException(@Nullable Throwable cause) {
        super(MESSAGE, cause);
    }

    /** Whether the failure is a search engine that can't be reached (rather than a bad query). */
    static boolean unreachable(@Nullable Throwable failure) {
        boolean search = false;
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            search |= c instanceof SearchException;
            if (search && c instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
