package org.factline.article;

/**
 * A near-copy was merged into its original ({@code merged}) or the merge was undone, published in
 * that transaction: once it committed, open pages of both articles redraw ({@link LiveArticles}).
 */
public record ArticleMerged(long copyId, long originalId, boolean merged) {}
