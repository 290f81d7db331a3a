package org.factline.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the articles list; null fields don't filter.
 *
 * @param text matched against title, publisher and byline
 */
public record ArticleFilter(
        @Nullable String text,
        @Nullable String publisher,
        @Nullable String importedBy,
        @Nullable LocalDate publishedFrom,
        @Nullable LocalDate publishedTo,
        boolean includeArchived) {

    public static ArticleFilter all() {
        return new ArticleFilter(null, null, null, null, null, false);
    }
}
