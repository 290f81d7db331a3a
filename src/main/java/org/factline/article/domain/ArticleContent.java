package org.factline.article.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The extracted, sanitized content and metadata an article is stored with. */
public record ArticleContent(
        String title,
        @Nullable String byline,
        @Nullable String siteName,
        @Nullable OffsetDateTime publishedAt,
        @Nullable String lang,
        @Nullable String canonicalUrl,
        String format,
        String text,
        String html) {}
