package org.factline.timeline;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A proposed event waiting for an editor.
 *
 * @param matchedEventId an existing event it probably describes (same dates ±3 days, similar
 *     title): offered as "add as source" instead of a new event
 */
public record SuggestionDetail(
        long id,
        String title,
        String sentence,
        LocalDate date,
        DatePrecision precision,
        String dateLabel,
        boolean fromClaim,
        @Nullable Long articleId,
        @Nullable String articleTitle,
        @Nullable Long claimId,
        @Nullable Long matchedEventId,
        @Nullable String matchedEventTitle) {}
