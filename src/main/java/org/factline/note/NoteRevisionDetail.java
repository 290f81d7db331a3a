package org.factline.note;

import java.time.Instant;

/**
 * One version of a note's text, newest first in a list.
 *
 * @param current whether this is the text the note has now
 */
public record NoteRevisionDetail(String markdown, String html, Instant writtenAt, boolean current) {}
