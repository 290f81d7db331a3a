package org.factline.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factline.article.extract.ArticleExtractor;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Import throughput: synthetic news pages through the full import (extraction, exact and
 * near-duplicate checks, storage with original bytes, audit) against a baseline measured in the
 * same run: extraction alone on the same pages. Run with
 * {@code ./mvnw -Pbench test -Dtest=ImportThroughputBenchmark}.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class ImportThroughputBenchmark {

    private static final int ARTICLES = Integer.getInteger("bench.articles", 400);
    private static final String[] WORDS =
            ("chip export control model lab release weights benchmark licence ministry commerce "
                            + "accelerator data centre training cluster investment policy rule statement company official analyst market "
                            + "share report distillation accusation denial open source reasoning inference cost supply chain foundry")
                    .split(" ");

    @Autowired
    ArticleImportService imports;

    @Autowired
    ArticleExtractor extractor;

    @Test
    void articles_per_second() throws Exception {
        List<byte[]> pages = pages(ARTICLES, new Random(7));
        List<byte[]> warmup = pages(50, new Random(99));

        // Warm up both paths so the JIT has compiled what we measure.
        for (byte[] page : warmup) {
            extractor.extract("w.html", page, null);
        }
        SystemAuthentication.runAs("bench", () -> {
            warmup.forEach(page -> imports.importFile("w.html", page));
            return null;
        });

        long t0 = System.nanoTime();
        for (byte[] page : pages) {
            extractor.extract("page.html", page, null);
        }
        double extractOnly = ARTICLES / seconds(t0);

        List<byte[]> second = pages(ARTICLES, new Random(8));
        long t1 = System.nanoTime();
        int imported = importAll(pages, 1);
        double oneThread = ARTICLES / seconds(t1);

        long t2 = System.nanoTime();
        imported += importAll(second, 2);
        double twoThreads = ARTICLES / seconds(t2);

        System.out.printf(
                Locale.ROOT,
                "%n| path (%d synthetic pages of ~600 words) | articles/s | ratio to extraction alone |%n|---|---|---|%n",
                ARTICLES);
        System.out.printf(Locale.ROOT, "| extraction alone (baseline, 1 thread) | %.0f | 1.00 |%n", extractOnly);
        System.out.printf(Locale.ROOT, "| full import, 1 thread | %.0f | %.2f |%n", oneThread, oneThread / extractOnly);
        System.out.printf(
                Locale.ROOT, "| full import, 2 threads | %.0f | %.2f |%n", twoThreads, twoThreads / extractOnly);
        System.out.println("imported: " + imported + " of " + (2 * ARTICLES));
    }

    private int importAll(List<byte[]> pages, int threads) throws Exception {
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<ImportOutcome>> results = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                byte[] page = pages.get(i);
                String name = "page-" + i + ".html";
                results.add(
                        pool.submit(() -> SystemAuthentication.runAs("bench", () -> imports.importFile(name, page))));
            }
            int ok = 0;
            for (var r : results) {
                ok += r.get().status() == ImportOutcome.Status.IMPORTED ? 1 : 0;
            }
            return ok;
        }
    }

    private static List<byte[]> pages(int count, Random random) {
        var pages = new ArrayList<byte[]>();
        for (int i = 0; i < count; i++) {
            var body = new StringBuilder();
            for (int p = 0; p < 12; p++) {
                body.append("<p>");
                for (int w = 0; w < 50; w++) {
                    body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
                }
                body.append("</p>\n");
            }
            String html = "<!doctype html><html lang=\"en\"><head><title>Story " + random.nextLong()
                    + " | Bench Wire</title>"
                    + "<meta property=\"og:site_name\" content=\"Bench Wire\"></head><body><nav><a href=\"/\">Home</a></nav>"
                    + "<article><h1>Story</h1>" + body + "</article><footer>Bench footer</footer></body></html>";
            pages.add(html.getBytes(StandardCharsets.UTF_8));
        }
        return pages;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
