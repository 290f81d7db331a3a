package org.factline.note;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A note and its replies, oldest first.
 *
 * @param root the note that starts the thread, null if it was deleted (its replies stay)
 */
public record NoteThread(long rootId, @Nullable NoteDetail root, List<NoteDetail> replies) {

    public NoteThread {
        replies = List.copyOf(replies);
    }
}
