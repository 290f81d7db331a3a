package org.factline.timeline;

/** A draft is seen by its author and editors; an editor publishes it for the whole team. */
public enum EventStatus {
    DRAFT,
    PUBLISHED
}
