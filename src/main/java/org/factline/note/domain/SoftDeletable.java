package org.factline.note.domain;

/** An item that is hidden, not removed, when deleted: it leaves the search index and every list. */
public interface SoftDeletable {

    boolean isDeleted();
}
