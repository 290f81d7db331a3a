package org.factline.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.factline.article.domain.ArticleStatus;
import org.factline.article.domain.SourceKind;
import org.jspecify.annotations.Nullable;

/**
 * An article as lists show it.
 *
 * @param mergedInto the original this near-copy was merged into, while the merge stands
 */
public record ArticleSummary(
        long id,
        long version,
        String title,
        @Nullable String siteName,
        @Nullable String byline,
        @Nullable OffsetDateTime publishedAt,
        String importedBy,
        @Nullable Instant importedAt,
        int wordCount,
        ArticleStatus status,
        SourceKind sourceKind,
        @Nullable Long possibleDuplicateOf,
        @Nullable Long mergedInto) {}
