package org.factline.article.domain;

/** How an article came in. */
public enum SourceKind {
    PASTE("Pasted"),
    UPLOAD("Uploaded"),
    URL("From URL"),
    FEED("From feed");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Fetched from a web address (typed in, or an entry of a feed): it can be fetched again. */
    public boolean fetched() {
        return this == URL || this == FEED;
    }
}
