package org.factline.backup.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.factline.backup.BackupProgress;
import org.factline.backup.BackupService;
import org.factline.security.AppRoles;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * Backup and restore time and archive size on a synthetic workspace in H2 files, as the
 * application runs by default (default 10k articles with their originals and 100k claims; set
 * {@code -Dbench.articles} and {@code -Dbench.claims}). The baseline, measured in the same run on
 * the same data: H2's own logical dump and load, {@code SCRIPT TO … COMPRESSION GZIP} and
 * {@code RUNSCRIPT}. Last, the restore as the running application does it from the admin page
 * ({@link BackupService#restore}: check the archive, back up the workspace as it is, replace it,
 * rebuild the search index), timed step by step from its progress. Run with {@code ./mvnw -Pbench test -Dtest=BackupBenchmark}; prints a table
 * for docs/benchmarks.md.
 */
@Tag("bench")
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/bench-db/backup/source;DB_CLOSE_ON_EXIT=FALSE",
            // The index on disk, as the application keeps it (the test profile's heap index would
            // hold a million claims in this JVM's heap), rebuilt by the restore in the running app.
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/bench-db/backup/index",
            "factline.backup.dir=target/bench-db/backup/backups",
            "logging.level.org.hibernate.search.mapper.massindexing=warn"
        })
@ActiveProfiles("test")
class BackupBenchmark {

    static {
        try {
            FileSystemUtils.deleteRecursively(Path.of("target/bench-db/backup"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int ARTICLES = Integer.getInteger("bench.articles", 10_000);
    private static final int CLAIMS = Integer.getInteger("bench.claims", 100_000);
    private static final Path DIR = Path.of("target/bench-db/backup").toAbsolutePath();

    @Autowired
    DataSource dataSource;

    @Autowired
    Migrations migrations;

    @Autowired
    BackupService backups;

    @Test
    void backup_and_restore_against_h2_script() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        long t0 = System.nanoTime();
        generate(jdbc);
        double generated = seconds(t0);
        // A first pass that only counts also warms up the JIT for the measured run (at full size
        // the measured run is long enough to warm up by itself: -Dbench.warmup=false).
        long rows = Boolean.parseBoolean(System.getProperty("bench.warmup", "true"))
                ? new ArchiveWriter(dataSource, Clock.systemUTC(), "bench")
                        .write(java.io.OutputStream.nullOutputStream(), ArchiveListener.NONE)
                        .totalRows()
                : -1;

        Path script = DIR.resolve("h2-script.sql.gz");
        long t1 = System.nanoTime();
        jdbc.execute("script to '" + script + "' compression gzip");
        double scriptSeconds = seconds(t1);

        Path archive = DIR.resolve("backups/factline-bench.zip");
        Files.createDirectories(archive.getParent());
        long t2 = System.nanoTime();
        try (var out = new BufferedOutputStream(Files.newOutputStream(archive), 1 << 16)) {
            long written = new ArchiveWriter(dataSource, Clock.systemUTC(), "bench")
                    .write(out, ArchiveListener.NONE)
                    .totalRows();
            rows = rows < 0 ? written : rows;
        }
        double backupSeconds = seconds(t2);

        var loaded = h2("runscript");
        long t3 = System.nanoTime();
        new JdbcTemplate(loaded).execute("runscript from '" + script + "' compression gzip");
        double runscriptSeconds = seconds(t3);

        var restored = h2("restored");
        long t4 = System.nanoTime();
        var outcome = new ArchiveRestorer(restored, migrations).restore(archive, false, ArchiveListener.NONE);
        double restoreSeconds = seconds(t4);
        assertThat(outcome.rows()).isEqualTo(rows);
        var check = new JdbcTemplate(restored);
        assertThat(check.queryForObject("select count(*) from claim", Long.class))
                .isEqualTo(CLAIMS);
        assertThat(check.queryForObject("select count(*) from article_original", Long.class))
                .isEqualTo(ARTICLES);

        var steps = restoreInTheApp(archive.getFileName().toString());
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from claim", Long.class))
                .isEqualTo(CLAIMS);

        long archiveBytes = Files.size(archive);
        long scriptBytes = Files.size(script);
        double scale = 100_000.0 / ARTICLES; // the 100k articles + 1M claims, if it grows linearly
        System.out.printf(
                Locale.ROOT,
                "%n%d articles (with originals) + %d claims = %d rows in all tables; generated in %.1f s%n",
                ARTICLES,
                CLAIMS,
                rows,
                generated);
        System.out.printf(
                Locale.ROOT,
                "| step | seconds | rows/s | size MB | ratio to H2 baseline | extrapolated ×%.0f: seconds | size MB |%n"
                        + "|---|---|---|---|---|---|---|%n",
                scale);
        line("H2 `SCRIPT TO … COMPRESSION GZIP` (baseline dump)", scriptSeconds, rows, scriptBytes, 1.0, scale);
        line(
                "Factline backup (snapshot → zip of JSON Lines)",
                backupSeconds,
                rows,
                archiveBytes,
                backupSeconds / scriptSeconds,
                scale);
        line("H2 `RUNSCRIPT` into an empty database (baseline load)", runscriptSeconds, rows, scriptBytes, 1.0, scale);
        line(
                "Factline restore into an empty database (check + migrate + load)",
                restoreSeconds,
                rows,
                archiveBytes,
                restoreSeconds / runscriptSeconds,
                scale);
        System.out.printf(Locale.ROOT, "archive / H2 script size: %.2f%n", archiveBytes / (double) scriptBytes);
        System.out.printf("%nRestore in the running application (admin page, BackupService.restore), by step:%n"
                + "| step | seconds |%n|---|---|%n");
        steps.forEach((step, s) -> System.out.printf(Locale.ROOT, "| %s | %.1f |%n", step, s));
        System.out.printf(
                Locale.ROOT,
                "| all, until the index is rebuilt | %.1f |%n",
                steps.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    /**
     * Replaces this context's workspace by the archive (the same rows) as an admin does from the
     * Backups page, and returns the seconds spent in each step its progress reports.
     */
    private Map<String, Double> restoreInTheApp(String name) throws Exception {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bench-admin",
                null,
                AuthorityUtils.createAuthorityList(
                        AppRoles.authorities(EnumSet.of(AppRoles.Role.ADMIN)).toArray(String[]::new))));
        SecurityContextHolder.setContext(context);
        try {
            var steps = new LinkedHashMap<String, Double>();
            long begin = System.nanoTime();
            var done = backups.restore(name, backups.workspaceName());
            String step = "starting";
            long since = begin;
            while (!done.isDone()) {
                Thread.sleep(100);
                String now = backups.progress().step();
                if (!now.equals(step)) {
                    long t = System.nanoTime();
                    steps.merge(step, (t - since) / 1e9, Double::sum);
                    step = now;
                    since = t;
                }
            }
            steps.merge(step, (System.nanoTime() - since) / 1e9, Double::sum);
            BackupProgress end = done.get();
            assertThat(end.state()).as(end.message()).isEqualTo(BackupProgress.State.DONE);
            return steps;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void line(String step, double seconds, long rows, long bytes, double ratio, double scale) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.1f | %,.0f | %.1f | %.2f | %.0f | %.0f |%n",
                step,
                seconds,
                rows / seconds,
                bytes / 1e6,
                ratio,
                seconds * scale,
                bytes * scale / 1e6);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static JdbcDataSource h2(String name) {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + DIR.resolve(name) + ";DB_CLOSE_ON_EXIT=FALSE");
        h2.setUser("sa");
        return h2;
    }

    /** Articles of 150–400 words with an HTML rendering and original bytes, claims of 10–25 words. */
    private static void generate(JdbcTemplate jdbc) {
        var random = new Random(42);
        String[] words = new String[5_000];
        for (int i = 0; i < words.length; i++) {
            words[i] = Long.toString(Math.abs(random.nextLong()) % 10_000_000L, 36) + "ra";
        }
        Instant base = Instant.parse("2022-01-01T00:00:00Z");
        for (int start = 0; start < ARTICLES; start += 1_000) {
            var articles = new ArrayList<Object[]>();
            for (int i = start; i < Math.min(ARTICLES, start + 1_000); i++) {
                var when = Timestamp.from(base.plusSeconds(i * 3_600L));
                String text = text(random, words, 150 + random.nextInt(250));
                articles.add(new Object[] {
                    when,
                    when,
                    text(random, words, 8),
                    "Author " + random.nextInt(300),
                    "Site " + random.nextInt(20),
                    when,
                    "h" + i,
                    text,
                    "<p>" + text + "</p>",
                    text.length() / 6
                });
            }
            jdbc.batchUpdate(
                    "insert into article (version, created_at, updated_at, title, byline, site_name, published_at,"
                            + " source_kind, content_format, content_hash, body_text, body_html, word_count, status,"
                            + " imported_by, minhash) values (0, ?, ?, ?, ?, ?, ?, 'PASTE', 'text', ?, ?, ?, ?,"
                            + " 'ACTIVE', 'bench', '')",
                    articles);
        }
        jdbc.update("insert into article_original (article_id, file_name, media_type, bytes)"
                + " select id, 'page.html', 'text/html', stringtoutf8(body_html) from article");
        var claimants = new ArrayList<Object[]>();
        for (int i = 0; i < 300; i++) {
            claimants.add(new Object[] {"Claimant " + i, "claimant " + i});
        }
        jdbc.batchUpdate(
                "insert into claimant (version, created_at, updated_at, name, name_key, kind)"
                        + " values (0, current_timestamp, current_timestamp, ?, ?, 'ORGANIZATION')",
                claimants);
        long firstClaimant = jdbc.queryForObject("select min(id) from claimant", Long.class);
        for (int start = 0; start < CLAIMS; start += 5_000) {
            var claims = new ArrayList<Object[]>();
            for (int i = start; i < Math.min(CLAIMS, start + 5_000); i++) {
                var when = Timestamp.from(base.plusSeconds(i * 600L));
                claims.add(new Object[] {
                    when, when, text(random, words, 10 + random.nextInt(15)), firstClaimant + random.nextInt(300)
                });
            }
            jdbc.batchUpdate(
                    "insert into claim (version, created_at, updated_at, text, claimant_id, status, created_by)"
                            + " values (0, ?, ?, ?, ?, 'IN_REVIEW', 'bench')",
                    claims);
        }
    }

    private static String text(Random random, String[] words, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : i % 14 == 0 ? ". " : " ").append(words[random.nextInt(words.length)]);
        }
        return text.append('.').toString();
    }
}
