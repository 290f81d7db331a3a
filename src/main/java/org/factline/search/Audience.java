package org.factline.search;

/** Who may find an indexed item; search filters on it exactly as the owning feature's views do. */
public enum Audience {
    /** Every signed-in fact-checker. */
    EVERYONE,
    /** Editors only (for example archived articles). */
    EDITORS,
    /** Admins only (user accounts). */
    ADMINS,
    /** The owner named in the document, and editors (drafts). */
    OWNER
}
