package org.factline.article;

/**
 * Published, in the same transaction, when re-processing gave an article a new text: features
 * that anchor to positions in the text (claims) find their passages again.
 */
public record ArticleReprocessed(long articleId) {}
