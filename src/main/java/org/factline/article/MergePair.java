package org.factline.article;

/** A near-copy and the original it is (or may be) merged into. */
public record MergePair(ArticleSummary copy, ArticleSummary original) {}
