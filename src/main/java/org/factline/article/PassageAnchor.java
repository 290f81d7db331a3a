package org.factline.article;

/**
 * Where a passage sits in an article's text, robust to later edits: the exact quote, its
 * character offsets, and a little text on either side (like the W3C Web Annotation
 * TextQuoteSelector + TextPositionSelector that Hypothesis uses).
 */
public record PassageAnchor(String quote, int start, int end, String prefix, String suffix) {

    static final int CONTEXT = 32;
}
