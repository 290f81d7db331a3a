package org.factline.backup.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;

/** The Flyway version a database's schema is at: the highest successfully applied migration. */
final class SchemaVersion {

    private SchemaVersion() {}

    static Optional<MigrationVersion> current(Connection connection, DatabaseSchema schema) throws SQLException {
        if (!schema.migrated()) {
            return Optional.empty();
        }
        MigrationVersion highest = null;
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select \"version\" from " + schema.historyTable()
                        + " where \"success\" = true and \"version\" is not null and \"type\" <> 'DELETE'")) {
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                if (highest == null || version.isNewerThan(highest)) {
                    highest = version;
                }
            }
        }
        return Optional.ofNullable(highest);
    }
}
