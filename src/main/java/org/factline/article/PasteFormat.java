package org.factline.article;

/** What pasted content is; AUTO treats it as HTML when it contains markup. */
public enum PasteFormat {
    AUTO,
    TEXT,
    HTML,
    MARKDOWN;

    /** The media type a paste of this format is kept under (AUTO is decided before storing). */
    public String mediaType() {
        return switch (this) {
            case HTML -> "text/html";
            case MARKDOWN -> "text/markdown";
            default -> "text/plain";
        };
    }

    static PasteFormat ofMediaType(String mediaType) {
        return mediaType.startsWith("text/html") ? HTML : mediaType.startsWith("text/markdown") ? MARKDOWN : TEXT;
    }
}
