package org.factline.article.domain;

/** What the near-duplicate check compares: an article's MinHash signature (encoded) and its title. */
public record ArticleSignature(long id, String minhash, String title) {}
