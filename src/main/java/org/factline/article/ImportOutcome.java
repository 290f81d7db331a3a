package org.factline.article;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one imported item.
 *
 * @param articleId the new article, the existing one for a duplicate, or the article a new
 *     fetch of its address updated (or found unchanged)
 * @param similarTo for a possible near-duplicate: the article it resembles
 */
public record ImportOutcome(
        Status status,
        String item,
        @Nullable Long articleId,
        @Nullable String title,
        String message,
        @Nullable Long similarTo,
        @Nullable String similarTitle,
        @Nullable Double similarity) {

    public enum Status {
        IMPORTED,
        DUPLICATE,
        /** An address imported before, with new text: stored as the article's next version. */
        UPDATED,
        /** An address imported before, with the same text: nothing to do. */
        UNCHANGED,
        FAILED
    }

    public static ImportOutcome failedFor(String item, String message) {
        return failed(item, message);
    }

    static ImportOutcome failed(String item, String message) {
        return new ImportOutcome(Status.FAILED, item, null, null, message, null, null, null);
    }

    public boolean possibleDuplicate() {
        return similarTo != null;
    }
}
