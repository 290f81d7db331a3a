package org.factline.backup.archive;

/**
 * What a restore did.
 *
 * @param rows rows restored, over all tables
 * @param schemaVersion the schema version the database is at afterwards (the archive's, or newer
 *     when Flyway migrated the restored rows on)
 * @param schemaRecreated whether the schema was dropped and built again at the archive's version
 *     (an archive from an older release restored over a newer schema)
 */
public record RestoreOutcome(Manifest manifest, long rows, String schemaVersion, boolean schemaRecreated) {

    public int tables() {
        return manifest.tables().size();
    }

    /** Whether Flyway migrated the restored rows past the archive's version. */
    public boolean migrated() {
        return !schemaVersion.equals(manifest.schemaVersion());
    }
}
