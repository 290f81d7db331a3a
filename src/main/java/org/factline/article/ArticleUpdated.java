package org.factline.article;

/**
 * Published in the transaction in which a fetch gave an article a new version of its text: once
 * committed, claims find their passages again and open pages of the article redraw.
 */
public record ArticleUpdated(long articleId, int version) {}
