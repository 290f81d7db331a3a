package org.factline.article.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extraction quality on Mozilla Readability's test pages (../shared/data/readability): token-level
 * precision, recall and F1 of the main text (bag of words) and accuracy of title, byline and date,
 * against a baseline measured in the same run: all text of the page body, no boilerplate removal.
 * Run with {@code ./mvnw -Pbench test -Dtest=ExtractionQualityBenchmark}.
 */
@Tag("bench")
class ExtractionQualityBenchmark {

    private static final Path PAGES =
            Paths.get(System.getProperty("factline.readability.dir", "../shared/data/readability/test-pages"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readability_test_pages() throws Exception {
        var extractor = new ArticleExtractor();
        var ours = new Scores();
        var baseline = new Scores();
        int titles = 0, titlePages = 0, bylines = 0, bylinePages = 0, dates = 0, datePages = 0, failed = 0;
        List<String> worst = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        List<Path> dirs;
        try (Stream<Path> list = Files.list(PAGES)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : dirs) {
            String source = Files.readString(dir.resolve("source.html"));
            String expectedHtml = Files.readString(dir.resolve("expected.html"));
            JsonNode meta = JSON.readTree(Files.readString(dir.resolve("expected-metadata.json")));
            var expected = tokens(
                    String.join(" ", TextBlocks.of(Jsoup.parse(expectedHtml).body())));
            ExtractedArticle article;
            try {
                article = extractor.html(source, "http://fakehost/test/page.html");
            } catch (RuntimeException e) {
                failed++;
                ours.add(0, 0, 0);
                continue;
            }
            double f1 = ours.add(expected, tokens(article.text()));
            baseline.add(
                    expected,
                    tokens(String.join(" ", TextBlocks.of(Jsoup.parse(source).body()))));
            if (f1 < 0.8) {
                worst.add(String.format(Locale.ROOT, "%s %.2f", dir.getFileName(), f1));
            }
            String expTitle = text(meta, "title");
            if (expTitle != null) {
                titlePages++;
                if (same(expTitle, article.title())) {
                    titles++;
                } else {
                    misses.add(miss("title", dir, expTitle, article.title()));
                }
            }
            String expByline = text(meta, "byline");
            if (expByline != null) {
                bylinePages++;
                if (article.byline() != null
                        && (normalize(article.byline()).contains(normalize(expByline))
                                || normalize(expByline).contains(normalize(article.byline())))) {
                    bylines++;
                } else {
                    misses.add(miss("byline", dir, expByline, article.byline()));
                }
            }
            String expDate = text(meta, "publishedTime");
            if (expDate != null) {
                datePages++;
                OffsetDateTime parsed = MetadataReader.parseDate(expDate);
                if (parsed != null
                        && article.published() != null
                        && parsed.toLocalDate().equals(article.published().toLocalDate())) {
                    dates++;
                } else {
                    misses.add(miss("date", dir, expDate, String.valueOf(article.published())));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nExtraction quality on %d pages (%d failed)%n", dirs.size(), failed);
        System.out.printf(
                Locale.ROOT,
                "| extractor | precision | recall | F1 (mean) | F1 (median) | pages F1 ≥ 0.95 |%n|---|---|---|---|---|---|%n");
        System.out.println(baseline.row("baseline: all body text"));
        System.out.println(ours.row("Factline (Readability4J + fallback)"));
        System.out.printf(Locale.ROOT, "F1 ratio to baseline: %.2f%n", ours.meanF1() / baseline.meanF1());
        System.out.printf(
                Locale.ROOT, "| metadata | correct | of pages that have it | accuracy |%n|---|---|---|---|%n");
        System.out.printf(
                Locale.ROOT,
                "| title (exact, case/space-insensitive) | %d | %d | %.2f |%n",
                titles,
                titlePages,
                titles / (double) titlePages);
        System.out.printf(
                Locale.ROOT,
                "| byline (one contains the other) | %d | %d | %.2f |%n",
                bylines,
                bylinePages,
                bylines / (double) bylinePages);
        System.out.printf(
                Locale.ROOT,
                "| published date (same day) | %d | %d | %.2f |%n",
                dates,
                datePages,
                dates / (double) datePages);
        System.out.println("Pages with F1 < 0.8: " + worst);
        // The misses, expected against got, show which rule a page needs; print them, don't tune to them.
        misses.forEach(System.out::println);
    }

    private static String miss(String field, Path dir, String expected, String got) {
        return field + " miss " + dir.getFileName() + ": expected [" + expected + "] got [" + got + "]";
    }

    private static final class Scores {
        final List<Double> precision = new ArrayList<>();
        final List<Double> recall = new ArrayList<>();
        final List<Double> f1 = new ArrayList<>();

        double add(Map<String, Integer> expected, Map<String, Integer> actual) {
            long overlap = 0;
            for (var e : actual.entrySet()) {
                overlap += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
            }
            long actualCount =
                    actual.values().stream().mapToLong(Integer::longValue).sum();
            long expectedCount =
                    expected.values().stream().mapToLong(Integer::longValue).sum();
            double p = actualCount == 0 ? 0 : overlap / (double) actualCount;
            double r = expectedCount == 0 ? 0 : overlap / (double) expectedCount;
            return add(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        double add(double p, double r, double f) {
            precision.add(p);
            recall.add(r);
            f1.add(f);
            return f;
        }

        double meanF1() {
            return mean(f1);
        }

        String row(String name) {
            var sorted = f1.stream().sorted().toList();
            long good = f1.stream().filter(v -> v >= 0.95).count();
            return String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f | %.3f | %d of %d |",
                    name,
                    mean(precision),
                    mean(recall),
                    mean(f1),
                    sorted.get(sorted.size() / 2),
                    good,
                    f1.size());
        }

        private static double mean(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }
    }

    private static Map<String, Integer> tokens(String text) {
        var counts = new HashMap<String, Integer>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asString().isBlank() ? null : v.asString();
    }

    private static boolean same(String a, String b) {
        return b != null && normalize(a).equals(normalize(b));
    }

    private static String normalize(String s) {
        // Unicode spaces too: a no-break space in the expected title is still a space.
        return s.toLowerCase(Locale.ROOT).replaceAll("(?U)\\s+", " ").strip();
    }
}
