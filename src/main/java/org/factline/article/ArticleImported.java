package org.factline.article;

/** Published when an article has been imported (not for duplicates), in the import's transaction. */
public record ArticleImported(long articleId) {}
