package org.factline.backup.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.factline.AbstractIntegrationTest;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup made by an older release (schema version 13 here) is restored into a schema built to
 * exactly that version, and Flyway then migrates the restored rows like any other: migration 14
 * fills {@code claim_voter} from the votes, 16 dates the verified claim's verdict.
 */
class OlderSchemaRestoreTest extends AbstractIntegrationTest {

    static final MigrationVersion OLD = MigrationVersion.fromVersion("13");
    static final OffsetDateTime DECIDED = OffsetDateTime.of(2025, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC);

    @Autowired
    Migrations migrations;

    @TempDir
    Path temp;

    JdbcDataSource old;
    JdbcDataSource target;
    Path archive;

    @BeforeEach
    void anOlderWorkspace() throws Exception {
        old = DatabaseRows.emptyH2("v13");
        migrations.flyway(old, OLD, false).migrate();
        var jdbc = new JdbcTemplate(old);
        jdbc.update("insert into claim (id, version, created_at, updated_at, text, status, created_by, verdict,"
                + " vote_count) values (7, 3, current_timestamp, current_timestamp,"
                + " 'The old release verified this', 'VERIFIED', 'olga', 'TRUE', 2)");
        for (String voter : new String[] {"olga", "oscar"}) {
            jdbc.update(
                    "insert into vote (version, created_at, updated_at, claim_id, username, verdict)"
                            + " values (0, current_timestamp, current_timestamp, 7, ?, 'TRUE')",
                    voter);
        }
        jdbc.update(
                "insert into verdict (version, created_at, updated_at, claim_id, label, summary, state,"
                        + " proposed_by, decided_by, decided_at) values (0, current_timestamp, current_timestamp,"
                        + " 7, 'TRUE', 'Checked against the register.', 'APPROVED', 'olga', 'ed', ?)",
                DECIDED);
        archive = temp.resolve("v13.zip");
        var manifest = ArchiveRoundTripTest.backUp(old, archive, ArchiveListener.NONE);
        assertThat(manifest.schemaVersion()).isEqualTo("13");
        target = DatabaseRows.emptyH2("newer");
    }

    @AfterEach
    void drop() throws Exception {
        DatabaseRows.shutdown(old);
        DatabaseRows.shutdown(target);
    }

    @Test
    void an_older_backup_restored_into_an_empty_database_is_migrated_to_the_current_schema() throws Exception {
        var outcome = new ArchiveRestorer(target, migrations).restore(archive, false, ArchiveListener.NONE);

        assertThat(outcome.migrated()).isTrue();
        assertThat(outcome.schemaRecreated()).isFalse();
        assertThat(outcome.schemaVersion()).isEqualTo(migrations.latest(target).getVersion());
        assertMigratedOn();
    }

    @Test
    void an_older_backup_replaces_a_current_workspace_by_rebuilding_the_schema_at_its_version() throws Exception {
        migrations.flyway(target, null, false).migrate();
        new JdbcTemplate(target)
                .update("insert into worthiness_threshold (username, threshold) values ('newer-only', 50)");

        var outcome = new ArchiveRestorer(target, migrations).restore(archive, true, ArchiveListener.NONE);

        assertThat(outcome.schemaRecreated()).isTrue();
        assertThat(outcome.schemaVersion()).isEqualTo(migrations.latest(target).getVersion());
        assertMigratedOn();
        assertThat(new JdbcTemplate(target).queryForObject("select count(*) from worthiness_threshold", Integer.class))
                .isZero();
    }

    private void assertMigratedOn() throws Exception {
        var jdbc = new JdbcTemplate(target);
        assertThat(jdbc.queryForList(
                        "select username from claim_voter where claim_id = 7 order by username", String.class))
                .containsExactly("olga", "oscar");
        assertThat(jdbc.queryForObject("select verified_at from claim where id = 7", OffsetDateTime.class)
                        .toInstant())
                .isEqualTo(DECIDED.toInstant());
        assertThat(migrations.flyway(target, null, false).info().pending()).isEmpty();
    }
}
