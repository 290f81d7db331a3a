package org.factline.backup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A backup in the backup directory, as the list shows it.
 *
 * @param schemaVersion from its manifest, or null when the file can't be read as a backup
 * @param kind made by an admin, by the schedule, or automatically before a restore
 */
public record BackupSummary(
        String name,
        long sizeBytes,
        Instant createdAt,
        Kind kind,
        @Nullable String schemaVersion) {

    public enum Kind {
        MANUAL(""),
        NIGHTLY("-nightly"),
        BEFORE_RESTORE("-before-restore");

        /** How the kind ends the file name, before {@code .zip}. */
        final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        static Kind ofName(String name) {
            String stem = name.substring(0, name.length() - ".zip".length());
            if (stem.endsWith(NIGHTLY.suffix)) {
                return NIGHTLY;
            }
            return stem.endsWith(BEFORE_RESTORE.suffix) ? BEFORE_RESTORE : MANUAL;
        }
    }
}
