package org.factline.article;

import java.util.List;
import org.factline.article.domain.ArticleStatus;
import org.jspecify.annotations.Nullable;

/**
 * One article for the reader view: metadata, provenance, the sanitized HTML and the text as
 * paragraphs of sentences (sentence positions are what claims will anchor to).
 *
 * @param mergedIntoTitle the title of the original this near-copy was merged into (it is archived
 *     meanwhile; {@link ArticleSummary#mergedInto()} is its id)
 */
public record ArticleDetail(
        ArticleSummary summary,
        @Nullable String lang,
        @Nullable String canonicalUrl,
        @Nullable String sourceUrl,
        @Nullable String sourceName,
        String safeHtml,
        List<List<String>> sentences,
        @Nullable String duplicateOfTitle,
        @Nullable Double duplicateSimilarity,
        @Nullable String mergedIntoTitle) {

    /** A flagged near-copy, active and not merged: one an editor may merge into its original. */
    public boolean mergeCandidate() {
        return summary.possibleDuplicateOf() != null
                && summary.status() == ArticleStatus.ACTIVE
                && summary.mergedInto() == null;
    }
}
