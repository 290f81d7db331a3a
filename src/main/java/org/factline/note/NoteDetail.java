package org.factline.note;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A note as shown on the claim page.
 *
 * @param html the Markdown rendered safely, mentions of teammates marked
 * @param revisions how many earlier versions are kept (0 if never edited)
 * @param canEdit whether the signed-in user may edit it (the author only)
 * @param canDelete whether the signed-in user may delete it (the author, editors, admins)
 */
public record NoteDetail(
        long id,
        long claimId,
        @Nullable Long parentId,
        String author,
        String authorName,
        String markdown,
        String html,
        @Nullable Instant createdAt,
        @Nullable Instant editedAt,
        int revisions,
        long version,
        boolean canEdit,
        boolean canDelete) {}
