package org.factline.article;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.factline.article.domain.Article;
import org.factline.security.SystemAuthentication;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The articles list at 100k articles: the grid's page query and count for its common filters and
 * sorts, against the same queries measured at 1k articles in the same run. Run with
 * {@code ./mvnw -Pbench test -Dtest=ArticleListBenchmark}.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class ArticleListBenchmark {

    private static final int LARGE = Integer.getInteger("bench.listArticles", 100_000);
    private static final String[] SITES = {"Wire One", "Daily Two", "Tech Three", "Policy Four", "Market Five"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArticleService articles;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void list_queries_at_1k_and_100k() {
        insert(0, 1_000);
        index();
        measureAll(); // warm-up: the JIT compiles the query path before anything is recorded
        var small = measureAll();
        insert(1_000, LARGE);
        index();
        var large = measureAll();
        System.out.printf(
                Locale.ROOT,
                "%n| query (page of 50 + count) | 1k articles, median ms | %dk articles, median ms | ratio |%n|---|---|---|---|%n",
                LARGE / 1000);
        for (int i = 0; i < small.size(); i++) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.1f |%n",
                    NAMES.get(i),
                    small.get(i),
                    large.get(i),
                    large.get(i) / small.get(i));
        }
    }

    private static final List<String> NAMES = List.of(
            "newest first (default)",
            "sorted by title",
            "publisher filter",
            "importer filter",
            "text filter (title/publisher/author words, search index)",
            "text filter, the same rows by SQL LIKE '%…%' (the earlier way, baseline)",
            "published date range",
            "page 100 of newest");

    private List<Double> measureAll() {
        return SystemAuthentication.runAsSystem(() -> List.of(
                median(() -> page(ArticleFilter.all(), 0, Sort.unsorted())),
                median(() -> page(ArticleFilter.all(), 0, Sort.by("title"))),
                median(() -> page(new ArticleFilter(null, "Tech Three", null, null, null, false), 0, Sort.unsorted())),
                median(() -> page(new ArticleFilter(null, null, "user7", null, null, false), 0, Sort.unsorted())),
                median(() -> page(new ArticleFilter("export 77", null, null, null, null, false), 0, Sort.unsorted())),
                median(() -> like("export 77")),
                median(() -> page(
                        new ArticleFilter(null, null, null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), false),
                        0,
                        Sort.unsorted())),
                median(() -> page(ArticleFilter.all(), 5_000, Sort.unsorted()))));
    }

    private int page(ArticleFilter filter, int offset, Sort sort) {
        return articles.find(filter, offset, 50, sort).size() + (int) articles.count(filter);
    }

    /** The filter as it was before the search index: a scan of every row, page of 50 + count. */
    private int like(String text) {
        String where = " from article where status = 'ACTIVE' and (lower(title) like ? or lower(site_name) like ?"
                + " or lower(byline) like ?)";
        String pattern = "%" + text + "%";
        int count = jdbc.queryForObject("select count(*)" + where, Integer.class, pattern, pattern, pattern);
        return count
                + jdbc.queryForList(
                                "select id" + where + " order by created_at desc, id limit 50",
                                Long.class,
                                pattern,
                                pattern,
                                pattern)
                        .size();
    }

    /** Rows inserted directly reach the index the way a rebuild brings them there. */
    private void index() {
        try {
            Search.mapping(entityManagerFactory)
                    .scope(Article.class)
                    .massIndexer()
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double median(Supplier<Integer> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        double[] times = new double[15];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            query.get();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private void insert(int from, int to) {
        String sql =
                "insert into article (version, created_at, updated_at, title, byline, site_name, published_at, source_kind,"
                        + " content_format, content_hash, body_text, body_html, word_count, status, imported_by, minhash)"
                        + " values (0, ?, ?, ?, ?, ?, ?, 'PASTE', 'text', ?, ?, ?, 12, 'ACTIVE', ?, '')";
        Instant base = Instant.parse("2023-01-01T00:00:00Z");
        for (int start = from; start < to; start += 5_000) {
            var rows = new ArrayList<Object[]>();
            for (int i = start; i < Math.min(to, start + 5_000); i++) {
                Timestamp when = Timestamp.from(base.plusSeconds(i * 900L));
                rows.add(new Object[] {
                    when,
                    when,
                    "Story " + i + " about export " + (i % 1000),
                    "Author " + (i % 300),
                    SITES[i % SITES.length],
                    when,
                    "hash-" + i,
                    "Body text " + i,
                    "<p>Body text " + i + "</p>",
                    "user" + (i % 20)
                });
            }
            jdbc.batchUpdate(sql, rows);
        }
    }
}
