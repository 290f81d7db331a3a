package org.factline.backup.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.factline.AbstractIntegrationTest;
import org.factline.backup.WorkspaceFixture;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The way a team moves up and back: a workspace backed up on H2 is restored into PostgreSQL (a
 * real server, embedded binaries), backed up there and restored into H2 again; every table's
 * rows are the same at each step. Timestamps are compared as instants: PostgreSQL keeps no offset.
 */
class CrossDatabaseRoundTripTest extends AbstractIntegrationTest {

    private static final EmbeddedPostgres POSTGRES = start();

    @Autowired
    DataSource dataSource;

    @Autowired
    Migrations migrations;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path temp;

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Test
    void a_workspace_moves_from_h2_to_postgresql_and_back_with_every_row_identical() throws Exception {
        new WorkspaceFixture(context)
                .create(marker("pg"), user("pg-move-checker", Role.FACT_CHECKER), user("pg-move-editor", Role.EDITOR));
        awaitEvents();
        Path fromH2 = temp.resolve("from-h2.zip");
        var before = DatabaseRows.of(dataSource, true);
        ArchiveRoundTripTest.backUp(dataSource, fromH2, ArchiveListener.NONE);
        var original = DatabaseRows.of(dataSource, true);

        new JdbcTemplate(POSTGRES.getPostgresDatabase()).execute("create database moved");
        DataSource postgres = POSTGRES.getDatabase("postgres", "moved");
        new ArchiveRestorer(postgres, migrations).restore(fromH2, false, ArchiveListener.NONE);
        try (var connection = postgres.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        var onPostgres = DatabaseRows.of(postgres, true);
        DatabaseRows.assertSnapshot(onPostgres, before, original, "on PostgreSQL");
        var pg = new JdbcTemplate(postgres);
        long highest = pg.queryForObject("select max(id) from article", Long.class);
        pg.update("insert into claimant (version, created_at, updated_at, name, name_key, kind)"
                + " values (0, now(), now(), 'Moved', 'moved', 'PERSON')");
        assertThat(pg.queryForObject("select id from claimant where name_key = 'moved'", Long.class))
                .isGreaterThan(pg.queryForObject("select max(id) from claimant where name_key <> 'moved'", Long.class));
        assertThat(highest).isPositive();
        pg.update("delete from claimant where name_key = 'moved'");

        Path fromPostgres = temp.resolve("from-postgresql.zip");
        ArchiveRoundTripTest.backUp(postgres, fromPostgres, ArchiveListener.NONE);
        var back = DatabaseRows.emptyH2("back-from-postgresql");
        try {
            new ArchiveRestorer(back, migrations).restore(fromPostgres, false, ArchiveListener.NONE);
            // What went to PostgreSQL comes back unchanged.
            var onH2 = DatabaseRows.of(back, true);
            for (String table : onPostgres.keySet()) {
                assertThat(onH2.get(table)).as("rows of %s back on H2", table).isEqualTo(onPostgres.get(table));
            }
        } finally {
            DatabaseRows.shutdown(back);
        }
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL server", e);
        }
    }
}
