package org.factline.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.factline.security.AppRoles;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Search at scale on a synthetic corpus (default 100k articles and 1M claims; set
 * {@code -Dbench.articles} and {@code -Dbench.claims}), all engines on the same data in one run:
 * the search page through Hibernate Search, the same query as bare Hibernate Search retrieval,
 * raw Lucene on the same index (the lower bound) and SQL {@code LIKE '%…%'} on the same database
 * (the baseline). Also mass-indexing throughput and index size. Run with
 * {@code ./mvnw -Pbench test -Dtest=SearchBenchmark}.
 */
@Tag("bench")
@SpringBootTest(
        properties = {
            // A database file, as the application runs by default: an in-memory database would put
            // a gigabyte of rows in the searching JVM's heap and its garbage collector's work.
            "spring.datasource.url=jdbc:h2:file:./target/bench-db/search;DB_CLOSE_ON_EXIT=FALSE",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/bench-index/search",
            "logging.level.org.hibernate.search.mapper.massindexing=warn"
        })
@ActiveProfiles("test")
class SearchBenchmark {

    static {
        // One fixed index directory (a random one would differ between the properties that read it),
        // emptied before the context starts so no earlier run's documents are repaired away.
        try {
            FileSystemUtils.deleteRecursively(Path.of("target/bench-index/search"));
            FileSystemUtils.deleteRecursively(Path.of("target/bench-db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int ARTICLES = Integer.getInteger("bench.articles", 100_000);
    private static final int CLAIMS = Integer.getInteger("bench.claims", 1_000_000);
    private static final int LIKE_RUNS = Integer.getInteger("bench.likeRuns", 3);
    private static final int RUNS = 25;

    /** The mixed query set: single words, pairs, rare words, phrases, prefixes, filters, typos, names. */
    private static final List<String> QUERIES = List.of(
            "semiconductor",
            "export controls",
            "Nvidia H20",
            "chip export licence",
            "\"export controls\"",
            "\"model release\"",
            "semicond*",
            "distill*",
            "type:claim verdict:false",
            "huawei type:article",
            "chips after:2025-01",
            "semicondutor",
            "DeepSeek-V3",
            "Qwen2.5",
            "chips -nvidia",
            "huawei OR smic",
            "lithography ASML",
            "ministry denied accused",
            "vorelatu",
            "kimesano tralope",
            "benchmark open-weight model",
            "sanctions entity list",
            "HBM memory TSMC",
            "cloud smuggling investigation");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchService search;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void search_latency_against_sql_like_and_raw_lucene() throws Exception {
        long t0 = System.nanoTime();
        new SyntheticSearchCorpus(jdbc, ARTICLES, CLAIMS).generate();
        double generateSeconds = (System.nanoTime() - t0) / 1e9;

        SearchMapping mapping = Search.mapping(entityManagerFactory);
        long t1 = System.nanoTime();
        mapping.scope(Object.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .typesToIndexInParallel(1)
                // Not merged afterwards (the admin rebuild does): the index as it is between rebuilds.
                .startAndWait();
        double indexSeconds = (System.nanoTime() - t1) / 1e9;
        long indexBytes = mapping.allIndexedEntities().stream()
                .mapToLong(
                        e -> e.indexManager().unwrap(LuceneIndexManager.class).computeSizeInBytes())
                .sum();

        var hsPage = new ArrayList<Double>();
        var hsHits = new ArrayList<Double>();
        var perQuery = new ArrayList<String>();
        var hsCore = new ArrayList<Double>();
        var hsFacets = new ArrayList<Double>();
        var lucene = new ArrayList<Double>();
        var like = new ArrayList<Double>();
        var luceneParallel = new ArrayList<Double>();
        var likeQueries = new LikeQueries(jdbc);
        var pool = Executors.newFixedThreadPool(SearchShards.COUNT);
        LuceneIndexScope luceneScope = mapping.scope(Object.class).extension(LuceneExtension.get());
        var analyzer = mapping.indexedEntity("Article")
                .indexManager()
                .unwrap(LuceneIndexManager.class)
                .searchAnalyzer();
        try (IndexReader reader = luceneScope.openIndexReader()) {
            var searcher = new IndexSearcher(reader);
            var parallelSearcher = new IndexSearcher(reader, pool);
            asFactChecker(() -> {
                warmUp(searcher, parallelSearcher, analyzer);
                long gcBefore = gcMillis();
                long measuring = System.nanoTime();
                for (String q : QUERIES) {
                    var pageTimes = times(RUNS, () -> searchPage(q));
                    hsPage.addAll(pageTimes);
                    var hitTimes = times(
                            RUNS,
                            () -> search.results(q, SearchSort.RELEVANCE, 0, 20)
                                    .hits()
                                    .size());
                    hsHits.addAll(hitTimes);
                    perQuery.add(String.format(
                            Locale.ROOT,
                            "| `%s` | %.2f | %.2f |",
                            q,
                            percentile(hitTimes, 50),
                            percentile(pageTimes, 50)));
                    hsCore.addAll(times(RUNS, () -> core(q)));
                    hsFacets.addAll(times(RUNS, () -> search.facets(q, false).size()));
                    lucene.addAll(times(RUNS, () -> RawLuceneQueries.raw(searcher, analyzer, q, Integer.MAX_VALUE)));
                    luceneParallel.addAll(times(
                            RUNS,
                            () -> RawLuceneQueries.raw(
                                    parallelSearcher, analyzer, q, SearchService.EXACT_COUNT_UP_TO)));
                }
                System.out.printf(
                        Locale.ROOT,
                        "Search engines measured in %.0f s, of which %d ms in garbage-collection pauses and cycles%n",
                        (System.nanoTime() - measuring) / 1e9,
                        gcMillis() - gcBefore);
                // The baseline last, so its scans don't leave garbage behind in the other rows.
                QUERIES.forEach(likeQueries::like);
                for (String q : QUERIES) {
                    like.addAll(times(LIKE_RUNS, () -> likeQueries.like(q)));
                }
            });
        } finally {
            pool.shutdown();
        }

        System.out.printf(
                Locale.ROOT,
                "%nCorpus: %,d articles + %,d claims (generated and inserted in %.0f s)%n"
                        + "Mass indexing: %.0f s, %,.0f entities/s; index size %.0f MB%n%n"
                        + "| engine (%d queries) | p50 ms | p95 ms | p99 ms | p95 vs HS search page |%n|---|---|---|---|---|%n",
                ARTICLES,
                CLAIMS,
                generateSeconds,
                indexSeconds,
                (ARTICLES + CLAIMS) / indexSeconds,
                indexBytes / 1e6,
                QUERIES.size());
        double page95 = percentile(hsPage, 95);
        row("Hibernate Search, search page (20 hits, highlights, 6 facets, count)", hsPage, page95);
        row("Hibernate Search, results: 20 hits with highlights + count (first paint)", hsHits, page95);
        row("Hibernate Search, facets alone (6 counts over all results, second round trip)", hsFacets, page95);
        row("Hibernate Search, one query over all shards on one thread: 20 ids + exact count", hsCore, page95);
        row("raw Lucene IndexSearcher, the same on one thread (its lower bound)", lucene, page95);
        row(
                "raw Lucene IndexSearcher, 2 threads over the segments: 20 hits + count up to 1,000"
                        + " (lower bound of the results row)",
                luceneParallel,
                page95);
        row("SQL LIKE '%…%', hits + count (baseline)", like, page95);
        System.out.printf("%n| query | HS results p50 ms | HS search page p50 ms |%n|---|---|---|%n");
        perQuery.forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "%nLIKE / HS results: %.0fx at p50, %.0fx at p95; LIKE / HS search page at p50: %.0fx%n"
                        + "HS / raw Lucene, one thread, same query: %.2fx at p50, %.2fx at p95%n"
                        + "HS results / raw Lucene 2 threads: %.2fx at p50, %.2fx at p95%n",
                percentile(like, 50) / percentile(hsHits, 50),
                percentile(like, 95) / percentile(hsHits, 95),
                percentile(like, 50) / percentile(hsPage, 50),
                percentile(hsCore, 50) / percentile(lucene, 50),
                percentile(hsCore, 95) / percentile(lucene, 95),
                percentile(hsHits, 50) / percentile(luceneParallel, 50),
                percentile(hsHits, 95) / percentile(luceneParallel, 95));
    }

    /**
     * Runs every engine on every query until the JIT compiler has been quiet for three rounds in a
     * row (at most 80 rounds), so the figures are those of a server that has been running for a
     * while, not of code still being compiled: on two cores a busy compiler thread takes half the
     * machine, and a fixed handful of warm-up runs left it compiling through the measurements.
     */
    private void warmUp(IndexSearcher searcher, IndexSearcher parallelSearcher, Analyzer analyzer) {
        var jit = ManagementFactory.getCompilationMXBean();
        int quiet = 0;
        int round = 0;
        long start = System.nanoTime();
        while (quiet < 3 && round < 80) {
            long compiled = jit.getTotalCompilationTime();
            for (String q : QUERIES) {
                searchPage(q);
                search.results(q, SearchSort.RELEVANCE, 0, 20).hits();
                core(q);
                RawLuceneQueries.raw(searcher, analyzer, q, Integer.MAX_VALUE);
                RawLuceneQueries.raw(parallelSearcher, analyzer, q, SearchService.EXACT_COUNT_UP_TO);
            }
            quiet = jit.getTotalCompilationTime() - compiled < 20 ? quiet + 1 : 0;
            round++;
        }
        System.out.printf(
                Locale.ROOT,
                "%nWarm-up: %d rounds of all queries in %.0f s%n",
                round,
                (System.nanoTime() - start) / 1e9);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /** Searches as a fact-checker without other roles: the visibility rules of most users apply. */
    private static void asFactChecker(Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                RawLuceneQueries.VIEWER,
                null,
                AuthorityUtils.createAuthorityList(AppRoles.authorities(EnumSet.of(AppRoles.Role.FACT_CHECKER))
                        .toArray(String[]::new))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private int searchPage(String q) {
        return search.search(q, SearchSort.RELEVANCE, 0, 20).hits().size();
    }

    /** The same predicate as the search page, returning ids and the total only. */
    private int core(String q) {
        ParsedQuery parsed = QuerySyntax.parse(q);
        var viewer = new QueryPredicates.Viewer(RawLuceneQueries.VIEWER, true, false, false);
        return transactions.execute(tx -> {
            var result = Search.session(entityManager)
                    .search(Object.class)
                    .select(f -> f.id())
                    .where(f -> QueryPredicates.build(f, parsed, viewer, false))
                    .fetch(20);
            return result.hits().size() + (int) result.total().hitCount();
        });
    }

    private static List<Double> times(int runs, Supplier<Integer> query) {
        var result = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.get();
            result.add((System.nanoTime() - t) / 1e6);
        }
        return result;
    }

    private static double percentile(List<Double> values, int p) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }

    private static void row(String name, List<Double> values, double reference) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f | %.2fx |%n",
                name,
                percentile(values, 50),
                percentile(values, 95),
                percentile(values, 99),
                percentile(values, 95) / reference);
    }
}
