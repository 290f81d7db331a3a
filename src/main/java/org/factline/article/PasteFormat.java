package org.factline.article;

/** What pasted content is; AUTO treats it as HTML when it contains markup. */
public enum PasteFormat {
    AUTO,
    TEXT,
    HTML,
    MARKDOWN
}
