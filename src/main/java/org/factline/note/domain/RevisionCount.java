package org.factline.note.domain;

/** How many earlier texts one note has, i.e. how often it was edited. */
public record RevisionCount(long noteId, long revisions) {}
