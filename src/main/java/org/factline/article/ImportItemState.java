package org.factline.article;

/** Where one item of an import job stands. */
public enum ImportItemState {
    /** Waiting for a worker (first attempt, or again after a failure that may pass). */
    PENDING,
    /** Claimed by a worker until its lease ends. */
    RUNNING,
    /** Imported, or found to be a duplicate of an article already there. */
    DONE,
    FAILED,
    CANCELLED;

    public boolean open() {
        return this == PENDING || this == RUNNING;
    }
}
