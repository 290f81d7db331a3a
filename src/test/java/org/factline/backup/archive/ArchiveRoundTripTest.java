package org.factline.backup.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.factline.AbstractIntegrationTest;
import org.factline.backup.WorkspaceFixture;
import org.factline.security.AppRoles.Role;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A workspace like the demo one, backed up from the running application's database and restored
 * into an empty one: every table's rows are the same, compared row by row through JDBC.
 */
class ArchiveRoundTripTest extends AbstractIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Migrations migrations;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path temp;

    JdbcDataSource target;

    @BeforeEach
    void workspace() throws Exception {
        String marker = marker("rt");
        new WorkspaceFixture(context)
                .create(marker, user("rt-checker", Role.FACT_CHECKER), user("rt-editor", Role.EDITOR));
        awaitEvents();
        target = DatabaseRows.emptyH2("round-trip");
    }

    @AfterEach
    void dropTarget() throws Exception {
        DatabaseRows.shutdown(target);
    }

    @Test
    void a_workspace_restored_into_an_empty_database_has_every_row_identical() throws Exception {
        Path file = temp.resolve("workspace.zip");
        var before = DatabaseRows.of(dataSource, false);
        Manifest manifest = backUp(dataSource, file, ArchiveListener.NONE);
        var original = DatabaseRows.of(dataSource, false);

        var outcome = new ArchiveRestorer(target, migrations).restore(file, false, ArchiveListener.NONE);

        DatabaseRows.assertSnapshot(DatabaseRows.of(target, false), before, original, "restored");
        assertThat(outcome.rows()).isEqualTo(manifest.totalRows());
        assertThat(outcome.migrated()).isFalse();
        // The parts that matter most are really there: originals, evidence files, replies, duplicates.
        for (String table : List.of(
                "article_original",
                "article_version",
                "evidence_file",
                "note",
                "vote",
                "verdict",
                "timeline_event",
                "app_user",
                "article_merge",
                "article_merge_appearance")) {
            assertThat(original.get(table)).as(table).isNotEmpty();
        }
        assertThat(count(target, "select count(*) from note where parent_id is not null"))
                .isPositive();
        assertThat(count(target, "select count(*) from article where duplicate_of_id is not null"))
                .isPositive();
    }

    @Test
    void the_manifest_lists_every_table_but_flyways_with_counts_and_checksums() throws Exception {
        Path file = temp.resolve("workspace.zip");
        Manifest manifest = backUp(dataSource, file, ArchiveListener.NONE);

        var tables = new JdbcTemplate(dataSource)
                .queryForList(
                        "select lower(table_name) from information_schema.tables where lower(table_schema) = 'public'"
                                + " and table_type = 'BASE TABLE' and lower(table_name) <> 'flyway_schema_history'",
                        String.class);
        assertThat(manifest.tables()).extracting(Manifest.Part::table).containsExactlyInAnyOrderElementsOf(tables);
        assertThat(manifest.schemaVersion())
                .isEqualTo(new JdbcTemplate(dataSource)
                        .queryForObject(
                                "select \"version\" from \"flyway_schema_history\" where \"success\""
                                        + " order by \"installed_rank\" desc fetch first 1 rows only",
                                String.class));
        assertThat(manifest.format()).isEqualTo(Manifest.FORMAT);
        try (var zip = new ZipFile(file.toFile())) {
            for (Manifest.Part part : manifest.tables()) {
                byte[] bytes = zip.getInputStream(zip.getEntry(part.file())).readAllBytes();
                assertThat(java.util.HexFormat.of()
                                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(bytes)))
                        .as(part.table())
                        .isEqualTo(part.sha256());
                assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                                .lines()
                                .count())
                        .as(part.table())
                        .isEqualTo(part.rows());
            }
            // Portable values: ISO-8601 with offset for times, base64 for bytes.
            String users = new String(
                    zip.getInputStream(zip.getEntry("tables/app_user.jsonl")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(users)
                    .containsPattern(
                            "\"created_at\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[.\\d]*(Z|[+-]\\d\\d:\\d\\d)\"");
            String files = new String(
                    zip.getInputStream(zip.getEntry("tables/evidence_file.jsonl"))
                            .readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(files).contains("\"bytes\":\"JVBERi0xLjQK"); // "%PDF-1.4\n" in base64
        }
    }

    @Test
    void identity_columns_continue_after_the_restored_rows() throws Exception {
        Path file = temp.resolve("workspace.zip");
        backUp(dataSource, file, ArchiveListener.NONE);
        new ArchiveRestorer(target, migrations).restore(file, false, ArchiveListener.NONE);

        var jdbc = new JdbcTemplate(target);
        long highest = jdbc.queryForObject("select max(id) from claimant", Long.class);
        jdbc.update(
                "insert into claimant (version, created_at, updated_at, name, name_key, kind)"
                        + " values (0, current_timestamp, current_timestamp, 'After the restore', 'after the restore', 'PERSON')");
        assertThat(jdbc.queryForObject("select id from claimant where name_key = 'after the restore'", Long.class))
                .isGreaterThan(highest);
    }

    /**
     * The backup reads one snapshot: a row committed by someone else while it runs is not in it,
     * and writing it is not held up by the backup.
     */
    @Test
    void a_backup_is_one_snapshot_and_does_not_block_writers() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        String name = unique("during-backup");
        var written = new CompletableFuture<Void>();
        ArchiveListener writeWhileBackingUp = (step, table, done, total) -> {
            if (!written.isDone() && step.equals("Writing")) {
                // another connection, another thread: the application's users
                CompletableFuture.runAsync(() -> jdbc.update(
                                "insert into worthiness_threshold (username, threshold) values (?, 60)", name))
                        .orTimeout(10, TimeUnit.SECONDS)
                        .join();
                written.complete(null);
            }
        };
        Path file = temp.resolve("during.zip");
        try {
            backUp(dataSource, file, writeWhileBackingUp);
            assertThat(written).isDone();
            assertThat(jdbc.queryForObject(
                            "select count(*) from worthiness_threshold where username = ?", Integer.class, name))
                    .isEqualTo(1);
            try (var zip = new ZipFile(file.toFile())) {
                String thresholds = new String(
                        zip.getInputStream(zip.getEntry("tables/worthiness_threshold.jsonl"))
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertThat(thresholds).doesNotContain(name);
            }
        } finally {
            jdbc.update("delete from worthiness_threshold where username = ?", name);
        }
    }

    static Manifest backUp(DataSource source, Path file, ArchiveListener listener) throws Exception {
        try (var out = new BufferedOutputStream(Files.newOutputStream(file))) {
            return new ArchiveWriter(source, Clock.systemUTC(), "test").write(out, listener);
        }
    }

    private static long count(DataSource dataSource, String sql) {
        return new JdbcTemplate(dataSource).queryForObject(sql, Long.class);
    }
}
