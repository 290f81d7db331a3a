package org.factline.article;

import java.time.Instant;

/** One version of an article's text, for the reader's version list. */
public record ArticleVersionEntry(int number, Instant fetchedAt, String fetchedBy, int wordCount, boolean latest) {}
