package org.factline.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factline.claim.ClaimLink;
import org.factline.claim.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * An event with everything its views show.
 *
 * @param descriptionHtml the Markdown description rendered and sanitized
 * @param verifiedVerdict the verdict of the first linked verified claim, null if none
 */
public record EventDetail(
        long id,
        long version,
        String title,
        LocalDate startDate,
        DatePrecision precision,
        @Nullable LocalDate endDate,
        String dateLabel,
        @Nullable String description,
        String descriptionHtml,
        CategoryDetail category,
        Side side,
        int importance,
        EventStatus status,
        String createdBy,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt,
        boolean needsReview,
        @Nullable String reviewNote,
        Set<String> tags,
        List<String> actors,
        List<ArticleLink> articles,
        List<ClaimLink> claims,
        @Nullable Verdict verifiedVerdict) {

    public boolean verified() {
        return verifiedVerdict != null;
    }

    /** The last day the event covers (its end date, or the end of its start period). */
    public LocalDate lastDay() {
        return endDate != null ? endDate : precision.end(startDate);
    }

    /** A source article. */
    public record ArticleLink(long id, String title) {}
}
