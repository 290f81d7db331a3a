package org.factline.claim;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.factline.base.export.ExportFormat;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The claims export at 100,000 claims against the same export of 10,000 claims measured in the
 * same run, to a stream that counts and discards the bytes: time per 10k rows and the heap the
 * export keeps alive while it runs (a full GC at eight points of the export, after flushes),
 * which must not grow with the number of claims. For contrast, the same claims held as a list
 * ({@link ClaimService#find} of all of them, what a non-streaming export would start from). Run
 * with {@code ./mvnw -Pbench test -Dtest=ClaimExportBenchmark}.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class ClaimExportBenchmark {

    private static final int SMALL = 10_000;
    private static final int LARGE = Integer.getInteger("bench.exportClaims", 100_000);
    private static final long FIRST_ID = 5_000_000;
    private static final String[] VERDICTS = {"TRUE", "MOSTLY_TRUE", "MIXED", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE"};
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClaimExport export;

    @Autowired
    ClaimService claims;

    /** One export's figures. */
    record Run(
            long rows, long bytes, double millis, long before, long liveGrowth, long afterGrowth, long sampledPeak) {}

    @Test
    void export_of_100k_claims_against_10k() throws Exception {
        long article = article();
        insert(0, SMALL, article);
        for (int i = 0; i < 3; i++) {
            for (ExportFormat format : ExportFormat.values()) {
                timed(format); // warm-up: the JIT compiles the export path before anything is recorded
            }
        }
        var small = measureAll();
        insert(SMALL, LARGE, article);
        var large = measureAll();

        System.out.printf(
                Locale.ROOT,
                "%n| measure | %dk claims | %dk claims | ratio %dk / %dk |%n|---|---|---|---|%n",
                SMALL / 1000,
                LARGE / 1000,
                LARGE / 1000,
                SMALL / 1000);
        for (String key : small.keySet()) {
            double a = small.get(key);
            double b = large.get(key);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %s |%n",
                    key,
                    a,
                    b,
                    a == 0 ? "–" : String.format(Locale.ROOT, "%.2f", b / a));
        }
        System.out.printf(
                Locale.ROOT,
                "%nheap max %d MB, heap used after GC at the end %.1f MB%n",
                MEMORY.getHeapMemoryUsage().getMax() >> 20,
                mb(liveHeap()));
    }

    private Map<String, Double> measureAll() {
        var figures = new LinkedHashMap<String, Double>();
        for (ExportFormat format : ExportFormat.values()) {
            Run time = median(format);
            Run memory = probed(format);
            String f = format.label();
            figures.put(f + ": rows", (double) time.rows());
            figures.put(f + ": MB written", time.bytes() / 1e6);
            figures.put(f + ": export, ms (median of 3)", time.millis());
            figures.put(f + ": ms per 10k rows", time.millis() * 10_000 / time.rows());
            figures.put(f + ": heap used before the export (after GC), MB", mb(memory.before()));
            figures.put(f + ": live heap growth during the export (most of 8 GCs), KB", memory.liveGrowth() / 1024.0);
            figures.put(f + ": heap growth after the export (after GC), KB", memory.afterGrowth() / 1024.0);
            figures.put(f + ": peak heap used, sampled, garbage included, MB", mb(memory.sampledPeak()));
        }
        figures.put(
                "contrast: the same claims held as a list (ClaimService.find), live heap growth, KB",
                heldAsList() / 1024.0);
        return figures;
    }

    /** The median of three exports at full speed. */
    private Run median(ExportFormat format) {
        var runs = new ArrayList<Run>();
        for (int i = 0; i < 3; i++) {
            runs.add(timed(format));
        }
        runs.sort(java.util.Comparator.comparingDouble(Run::millis));
        return runs.get(1);
    }

    /** One export at full speed. */
    private Run timed(ExportFormat format) {
        var out = new CountingStream(0, () -> {});
        long start = System.nanoTime();
        write(format, out);
        double millis = (System.nanoTime() - start) / 1e6;
        return new Run(rows(), out.bytes, millis, 0, 0, 0, 0);
    }

    /**
     * The same export with a full GC after every few pages (the export flushes after each page):
     * what stays alive then is what the export holds.
     */
    private Run probed(ExportFormat format) {
        long before = liveHeap();
        var liveMax = new AtomicLong(before);
        int pages = Math.max(1, rows() / ClaimExport.PAGE_SIZE);
        var out = new CountingStream(Math.max(1, pages / 8), () -> liveMax.accumulateAndGet(liveHeap(), Math::max));
        var sampledPeak = new AtomicLong();
        var done = new AtomicBoolean();
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!done.get()) {
                sampledPeak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        write(format, out);
        done.set(true);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long after = liveHeap();
        return new Run(rows(), out.bytes, 0, before, liveMax.get() - before, after - before, sampledPeak.get());
    }

    private long heldAsList() {
        long before = liveHeap();
        List<ClaimSummary> all = SystemAuthentication.runAsSystem(
                () -> claims.find(ClaimFilter.all(), 0, rows(), ClaimOrder.NEWEST.sort()));
        long held = liveHeap();
        if (all.size() != rows()) {
            throw new IllegalStateException("Listed " + all.size() + " of " + rows());
        }
        return held - before;
    }

    private void write(ExportFormat format, OutputStream out) {
        SystemAuthentication.runAsSystem(() -> export.write(ClaimFilter.all(), ClaimOrder.NEWEST, format, out));
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from claim", Integer.class);
    }

    private static long liveHeap() {
        System.gc();
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** Counts and discards what is written; every {@code probeEvery} flushes it runs the probe. */
    private static final class CountingStream extends OutputStream {

        private final int probeEvery;
        private final Runnable probe;
        long bytes;
        private int flushes;

        CountingStream(int probeEvery, Runnable probe) {
            this.probeEvery = probeEvery;
            this.probe = probe;
        }

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void flush() {
            flushes++;
            if (probeEvery > 0 && flushes % probeEvery == 0) {
                probe.run();
            }
        }
    }

    private long article() {
        jdbc.update(
                "insert into article (version, created_at, updated_at, title, site_name, source_kind, content_format,"
                        + " content_hash, body_text, body_html, word_count, status, imported_by, minhash)"
                        + " values (0, current_timestamp, current_timestamp, 'Export benchmark source', 'Bench Wire', 'PASTE',"
                        + " 'text', 'bench-export-article', 'Exports rose.', '<p>Exports rose.</p>', 2, 'ACTIVE', 'bench', '')");
        return jdbc.queryForObject("select id from article where content_hash = 'bench-export-article'", Long.class);
    }

    /**
     * Claims {@code from} (inclusive) to {@code to}, by JDBC batches: every claim has a tag (every
     * third a second one), every fifth an appearance, every tenth three votes with the figures
     * the vote module would have stored, every twentieth is verified.
     */
    private void insert(int from, int to, long article) {
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        for (int start = from; start < to; start += 5_000) {
            var claimRows = new ArrayList<Object[]>();
            var tagRows = new ArrayList<Object[]>();
            var voteRows = new ArrayList<Object[]>();
            var appearanceRows = new ArrayList<Object[]>();
            for (int i = start; i < Math.min(to, start + 5_000); i++) {
                long id = FIRST_ID + i;
                Timestamp when = Timestamp.from(base.plusSeconds(i * 60L));
                boolean voted = i % 10 == 0;
                boolean verified = i % 20 == 0;
                claimRows.add(new Object[] {
                    id,
                    when,
                    when,
                    (i % 7 == 0 ? "=SUM(A1) " : "")
                            + "Claim " + i + ": exports of accelerators rose " + (i % 90) + " percent, officials said"
                            + (i % 11 == 0 ? " (出口管制)" : ""),
                    verified ? "VERIFIED" : voted ? "IN_REVIEW" : "NEW",
                    "bench" + (i % 25),
                    i % 4 == 0 ? "bench" + (i % 9) : null,
                    voted ? 3 : 0,
                    voted ? 0.5 + (i % 4) * 0.25 : null,
                    verified ? "MOSTLY_FALSE" : null,
                    verified ? when : null
                });
                tagRows.add(new Object[] {id, "topic-" + (i % 40)});
                if (i % 3 == 0) {
                    tagRows.add(new Object[] {id, "chips"});
                }
                if (voted) {
                    for (int v = 0; v < 3; v++) {
                        voteRows.add(new Object[] {when, when, id, "voter" + v, VERDICTS[(i + v) % VERDICTS.length]});
                    }
                }
                if (i % 5 == 0) {
                    appearanceRows.add(new Object[] {when, when, id, article});
                }
            }
            jdbc.batchUpdate(
                    "insert into claim (id, version, created_at, updated_at, text, status, created_by, assignee,"
                            + " vote_count, vote_dispersion, verdict, verified_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    claimRows);
            jdbc.batchUpdate("insert into claim_tag (claim_id, tag) values (?, ?)", tagRows);
            jdbc.batchUpdate(
                    "insert into vote (version, created_at, updated_at, claim_id, username, verdict)"
                            + " values (0, ?, ?, ?, ?, ?)",
                    voteRows);
            jdbc.batchUpdate(
                    "insert into claim_appearance (version, created_at, updated_at, claim_id, article_id, quote,"
                            + " start_offset, end_offset, prefix, suffix, anchor_lost, added_by)"
                            + " values (0, ?, ?, ?, ?, 'Exports rose.', 0, 13, '', '', false, 'bench')",
                    appearanceRows);
        }
    }
}
