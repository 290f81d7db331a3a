package org.factline.article.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** An article's details without its text (exports read them a page at a time). */
public record ArticleRow(
        long id,
        String title,
        @Nullable String siteName,
        @Nullable String byline,
        @Nullable OffsetDateTime publishedAt,
        @Nullable String lang,
        @Nullable String canonicalUrl,
        @Nullable String sourceUrl,
        SourceKind sourceKind,
        @Nullable String sourceName,
        String importedBy,
        Instant createdAt,
        int wordCount,
        ArticleStatus status,
        @Nullable Instant archivedAt,
        @Nullable Long duplicateOfId,
        @Nullable Double duplicateSimilarity) {}
