package org.factline.note;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that adds a note or edits one, for the people it concerns.
 *
 * @param repliedTo author of the note this one answers; null for a new thread or an edit
 * @param mentioned teammates mentioned for the first time in this note (existing accounts only)
 * @param excerpt the start of the note as plain text
 */
public record NotePosted(
        long noteId,
        long claimId,
        String claimText,
        String author,
        @Nullable String repliedTo,
        Set<String> mentioned,
        String excerpt) {

    public NotePosted {
        mentioned = Set.copyOf(mentioned);
    }
}
