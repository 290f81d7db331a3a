package org.factline.note;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An evidence item as shown on the claim page.
 *
 * @param fileName the uploaded file, null when the item is a web address only
 * @param canEdit whether the signed-in user may edit it (who added it)
 * @param canDelete whether the signed-in user may delete it (who added it, editors, admins)
 * @param shownPublicly whether the claim's public verdict page shows it (an editor decided so)
 * @param canShowPublicly whether the signed-in user may decide that (editors)
 */
public record EvidenceDetail(
        long id,
        long claimId,
        @Nullable String title,
        @Nullable String url,
        @Nullable String urlHost,
        @Nullable String archiveUrl,
        SourceType sourceType,
        Stance stance,
        @Nullable String quote,
        @Nullable String originalLanguage,
        @Nullable String translation,
        @Nullable LocalDate accessedOn,
        String addedBy,
        @Nullable Instant addedAt,
        @Nullable String fileName,
        @Nullable String fileType,
        @Nullable Long fileSize,
        long version,
        boolean canEdit,
        boolean canDelete,
        boolean shownPublicly,
        boolean canShowPublicly) {

    /** The form as it was filled in, for editing. */
    public EvidenceForm form() {
        return new EvidenceForm(
                title, url, archiveUrl, sourceType, stance, quote, originalLanguage, translation, accessedOn);
    }
}
