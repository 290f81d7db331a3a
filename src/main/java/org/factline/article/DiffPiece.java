package org.factline.article;

/** A run of words in a diff between two versions of an article's text. */
public record DiffPiece(Kind kind, String text) {

    public enum Kind {
        SAME,
        INSERTED,
        DELETED
    }
}
