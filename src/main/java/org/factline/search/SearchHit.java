package org.factline.search;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are escaped text in which only
 * {@code <mark>} tags (the matched words) are markup.
 */
public record SearchHit(
        String type,
        long id,
        String link,
        String title,
        String titleHtml,
        String snippetHtml,
        @Nullable LocalDate date,
        @Nullable String author,
        @Nullable String publisher,
        @Nullable String verdict,
        @Nullable String status) {}
