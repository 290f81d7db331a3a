package org.factline.claim;

import org.jspecify.annotations.Nullable;

/**
 * A claim's appearance as shown: which article, the quoted passage, whether it's still there.
 *
 * @param changedInVersion the article version in which the passage was no longer found, if known
 * @param nearestText the text of that version that took the passage's place, if any
 */
public record AppearanceSummary(
        long id,
        long articleId,
        String articleTitle,
        String quote,
        boolean anchorLost,
        @Nullable Integer changedInVersion,
        @Nullable String nearestText) {}
