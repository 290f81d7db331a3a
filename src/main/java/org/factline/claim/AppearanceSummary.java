package org.factline.claim;

/** A claim's appearance as shown: which article, the quoted passage, whether it's still there. */
public record AppearanceSummary(long id, long articleId, String articleTitle, String quote, boolean anchorLost) {}
