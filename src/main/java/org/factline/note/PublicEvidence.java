package org.factline.note;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An evidence item as a public verdict page shows it: the source and what it says, nothing about
 * the team (who added it, when, notes) and not the uploaded file, which stays inside Factline.
 *
 * @param url the source's web address, if it has one
 * @param archiveUrl an archived copy of the source
 */
public record PublicEvidence(
        @Nullable String title,
        @Nullable String url,
        @Nullable String urlHost,
        @Nullable String archiveUrl,
        SourceType sourceType,
        Stance stance,
        @Nullable String quote,
        @Nullable String originalLanguage,
        @Nullable String translation,
        @Nullable LocalDate accessedOn) {

    /** What the item is called on the page: its title, else the site, else the kind of source. */
    public String name() {
        return title != null ? title : urlHost != null ? urlHost : sourceType.label();
    }
}
