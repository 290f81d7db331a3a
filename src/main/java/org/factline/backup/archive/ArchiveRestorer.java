package org.factline.backup.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.factline.base.ValidationException;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Restores an archive into a database, H2 or PostgreSQL, whichever wrote it. Everything that can
 * refuse is checked before anything changes: a damaged archive, a newer schema than this release
 * knows, a workspace that isn't empty without {@code replace}. Then the schema is brought to
 * exactly the archive's version (migrated forward, or for an archive of an older release dropped
 * and built again up to it), the rows are loaded in one transaction ({@link TableLoader}), and
 * Flyway migrates them on to the current version.
 */
public final class ArchiveRestorer {

    private final DataSource dataSource;
    private final Migrations migrations;

    public ArchiveRestorer(DataSource dataSource, Migrations migrations) {
        this.dataSource = dataSource;
        this.migrations = migrations;
    }

    public RestoreOutcome restore(Path file, boolean replace, ArchiveListener listener) throws SQLException {
        try (var archive = BackupArchive.open(file)) {
            Manifest manifest = archive.manifest();
            MigrationVersion archived = MigrationVersion.fromVersion(manifest.schemaVersion());
            MigrationVersion latest = migrations.latest(dataSource);
            if (archived.isNewerThan(latest)) {
                throw new ValidationException("Not restored: the backup is from a newer Factline (schema version "
                        + archived + "; this release knows versions up to " + latest
                        + "). Restore it with that release or a later one. Nothing was changed.");
            }
            Optional<MigrationVersion> current;
            try (Connection connection = dataSource.getConnection()) {
                var schema = DatabaseSchema.read(connection);
                current = SchemaVersion.current(connection, schema);
                refuseUnknownDatabase(schema, current, latest);
                refuseOccupied(connection, schema, replace);
            }
            archive.verify(listener);

            boolean recreate = current.isPresent() && current.get().isNewerThan(archived);
            var flyway = migrations.flyway(dataSource, archived, recreate);
            if (recreate) {
                listener.progress("Recreating the schema at version " + archived, "", 0, manifest.totalRows());
                flyway.clean();
            }
            flyway.migrate();
            try {
                long rows = new TableLoader(dataSource, archive).load(listener);
                return new RestoreOutcome(manifest, rows, migrateToLatest(), recreate);
            } catch (RuntimeException | SQLException e) {
                if (recreate || current.isEmpty()) {
                    // The rows were rolled back, but the schema was built here: leave it current.
                    migrateToLatest();
                }
                throw e;
            }
        }
    }

    private String migrateToLatest() throws SQLException {
        var flyway = migrations.flyway(dataSource, null, false);
        flyway.migrate();
        return String.valueOf(flyway.info().current().getVersion());
    }

    private static void refuseUnknownDatabase(
            DatabaseSchema schema, Optional<MigrationVersion> current, MigrationVersion latest) {
        if (current.isEmpty() && !schema.tables().isEmpty()) {
            throw new ValidationException("Not restored: the database holds tables that Factline didn't create"
                    + " (no Flyway history). Restore into an empty database or a Factline one. Nothing was changed.");
        }
        if (current.isPresent() && current.get().isNewerThan(latest)) {
            throw new ValidationException("Not restored: the database was migrated by a newer Factline (schema version "
                    + current.get() + "). Use that release. Nothing was changed.");
        }
    }

    private static void refuseOccupied(Connection connection, DatabaseSchema schema, boolean replace)
            throws SQLException {
        if (replace) {
            return;
        }
        long rows = 0;
        int tables = 0;
        for (TableShape table : schema.tables()) {
            try (var statement = connection.createStatement();
                    var count = statement.executeQuery("select count(*) from " + schema.qualified(table))) {
                count.next();
                if (count.getLong(1) > 0) {
                    rows += count.getLong(1);
                    tables++;
                }
            }
        }
        if (rows > 0) {
            throw new ValidationException("Not restored: the workspace is not empty (" + rows + " rows in " + tables
                    + " tables). Restoring replaces everything in it; confirm with --replace (on the Backups page,"
                    + " by typing the workspace name). Nothing was changed.");
        }
    }
}
