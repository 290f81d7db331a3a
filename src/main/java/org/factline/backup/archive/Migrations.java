package org.factline.backup.archive;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

/**
 * The application's Flyway migrations for any database: the same locations as the application
 * ({@code spring.flyway.locations}, with {@code {vendor}} filled in for the database at hand) and
 * the Java migrations Spring hands to Flyway. A restore migrates a schema to exactly the archive's
 * version before loading rows ({@code target}), and the rest of the way afterwards.
 */
public final class Migrations {

    private final List<String> locations;
    private final List<JavaMigration> javaMigrations;

    /** @param locations as configured, e.g. {@code classpath:db/migration,classpath:db/vendor/{vendor}} */
    public Migrations(String locations, List<JavaMigration> javaMigrations) {
        this.locations = Arrays.stream(locations.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        this.javaMigrations = List.copyOf(javaMigrations);
    }

    /** The newest version these migrations know. */
    public MigrationVersion latest(DataSource dataSource) throws SQLException {
        return Arrays.stream(flyway(dataSource, null, false).info().all())
                .map(m -> m.getVersion())
                .filter(v -> v != null)
                .max(MigrationVersion::compareTo)
                .orElseThrow(() -> new IllegalStateException("No migrations found in " + locations));
    }

    /**
     * Flyway for {@code dataSource}, migrating up to {@code target} (null: the latest), allowed
     * to clean (drop every object in the schema) only when {@code clean} is set.
     */
    Flyway flyway(DataSource dataSource, @Nullable MigrationVersion target, boolean clean) throws SQLException {
        String vendor;
        try (var connection = dataSource.getConnection()) {
            vendor = Dialect.of(connection).vendor;
        }
        FluentConfiguration configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.stream()
                        .map(l -> l.replace("{vendor}", vendor))
                        .toArray(String[]::new))
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
                .cleanDisabled(!clean);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }
}
