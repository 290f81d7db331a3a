package org.factline.article;

/**
 * Published in the transaction in which re-processing gave an article a new text: once it
 * committed, features that anchor to positions in the text (claims) find their passages again.
 */
public record ArticleReprocessed(long articleId) {}
