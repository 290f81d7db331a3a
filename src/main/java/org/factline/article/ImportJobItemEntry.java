package org.factline.article;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One item of an import job as its page lists it.
 *
 * @param item the web address or the uploaded file's name
 * @param outcome why it failed, "duplicate of …", or what was imported
 * @param articleId the article it produced, or the existing one it duplicates
 */
public record ImportJobItemEntry(
        long id,
        long jobId,
        int position,
        String item,
        ImportItemState state,
        int attempts,
        @Nullable String outcome,
        @Nullable Long articleId,
        Instant nextAttemptAt,
        @Nullable Instant finishedAt) {}
