package org.factline.article.extract;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What extraction found in one document: the main text as paragraphs, the same content as safe
 * HTML for the reader view, and metadata (each field null when the document doesn't say).
 */
public record ExtractedArticle(
        @Nullable String title,
        @Nullable String byline,
        @Nullable String siteName,
        @Nullable OffsetDateTime published,
        @Nullable String lang,
        @Nullable String canonicalUrl,
        List<String> paragraphs,
        String safeHtml,
        String format) {

    /** Paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
