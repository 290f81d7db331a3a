package org.factline.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.FactlineApplication;
import org.factline.OpenSearchNode;
import org.factline.security.AppRoles;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The same search on the two engines Factline runs on, in one run on one corpus: local Lucene (the
 * default) and OpenSearch (the cluster profile's Elasticsearch backend, against a real OpenSearch 3.4
 * node started from target/opensearch). Two application contexts in this JVM share one H2 database
 * file holding the synthetic corpus ({@link SyntheticSearchCorpus}; default 100k articles + 1M
 * claims, {@code -Dbench.articles}, {@code -Dbench.claims}); each mass-indexes it into its engine.
 * Reported per engine: mass-indexing time, index size, and p50/p95 per kind of query (plain words,
 * phrases, typos, prefixes, autocomplete, filters, facets, highlighted results, more-like-this),
 * the two engines measured query by query in turn; the ratio OpenSearch / Lucene; and the baseline
 * of {@link SearchBenchmark}, SQL {@code LIKE '%…%'} on the same database. Run with
 * {@code ./mvnw -Pbench test -Dtest=SearchEnginesBenchmark}; docs/benchmarks.md.
 */
@Tag("bench")
class SearchEnginesBenchmark {

    private static final int ARTICLES = Integer.getInteger("bench.articles", 100_000);
    private static final int CLAIMS = Integer.getInteger("bench.claims", 1_000_000);
    private static final int LIKE_RUNS = Integer.getInteger("bench.likeRuns", 1);
    private static final int RUNS = Integer.getInteger("bench.runs", 25);
    private static final int MAX_WARMUP = Integer.getInteger("bench.warmupRounds", 40);
    private static final String OPENSEARCH_HEAP = System.getProperty("bench.opensearchHeap", "2g");
    /** OpenSearch's own jvm.options for JDK 21+, instead of the test node's fast-start flags. */
    private static final String OPENSEARCH_FLAGS =
            "-XX:+UseG1GC -XX:G1ReservePercent=25 -XX:InitiatingHeapOccupancyPercent=30";

    private static final Path DB = Path.of("target/bench-db/engines");
    private static final Path INDEX = Path.of("target/bench-index/engines");
    private static final String DB_URL = "jdbc:h2:file:./" + DB + "/search;DB_CLOSE_ON_EXIT=FALSE";

    private static final List<String> PLAIN = List.of(
            "semiconductor",
            "export controls",
            "Nvidia H20",
            "chip export licence",
            "DeepSeek-V3",
            "Qwen2.5",
            "lithography ASML",
            "ministry denied accused",
            "vorelatu",
            "benchmark open-weight model",
            "sanctions entity list",
            "HBM memory TSMC",
            "cloud smuggling investigation");
    private static final List<String> PHRASES = List.of("\"export controls\"", "\"model release\"", "\"entity list\"");
    /** Misspelt words: no document has them as written, so the search is retried with typo tolerance. */
    private static final List<String> TYPOS =
            List.of("semicondutor", "lithograpy", "smugling investigation", "kimesano tralope");

    private static final List<String> PREFIXES = List.of("semicond*", "distill*", "lithog*");
    private static final List<String> FILTERS = List.of(
            "type:claim verdict:false",
            "huawei type:article",
            "chips after:2025-01",
            "chips -nvidia",
            "huawei OR smic");
    /** What the header's autocomplete is asked while typing. */
    private static final List<String> TYPED =
            List.of("se", "semic", "Nvidia H", "export con", "DeepSeek", "Qwen", "lithog", "smuggl");

    private static final List<String> QUERIES = concat(PLAIN, PHRASES, TYPOS, PREFIXES, FILTERS);

    @Test
    void lucene_and_opensearch_on_the_same_corpus() throws Exception {
        FileSystemUtils.deleteRecursively(DB);
        FileSystemUtils.deleteRecursively(INDEX);
        System.setProperty("factline.opensearch.heap", OPENSEARCH_HEAP);
        System.setProperty("factline.opensearch.jvm-flags", OPENSEARCH_FLAGS);
        // A machine busy with other builds (and this run at low priority) starts it slowly.
        System.setProperty("factline.opensearch.start-timeout", "600");
        OpenSearchNode node = OpenSearchNode.get();

        var lucene = new LinkedHashMap<String, String>();
        lucene.put("spring.jpa.properties.hibernate.search.backend.directory.type", "local-filesystem");
        lucene.put("spring.jpa.properties.hibernate.search.backend.directory.root", INDEX.toString());
        var opensearch = new LinkedHashMap<String, String>();
        opensearch.put("spring.datasource.username", "sa");
        opensearch.put("spring.datasource.password", "");
        opensearch.put("spring.jpa.properties.hibernate.search.backend.hosts", node.hosts());
        // The engine alone, without the outbox: the corpus goes in by mass indexing, as the
        // admin rebuild does it, and nothing changes while searching.
        opensearch.put("spring.jpa.properties.hibernate.search.coordination.strategy", "none");
        opensearch.put("spring.jpa.properties.hibernate.search.backend.request_timeout", "60000");

        lucene.put("factline.data-dir", "target/bench-data/lucene");
        opensearch.put("factline.data-dir", "target/bench-data/opensearch");
        try (var luceneContext = start(lucene, "test");
                var openSearchContext = start(opensearch, "test", "cluster")) {
            var engines = List.of(new Engine("Lucene", luceneContext), new Engine("OpenSearch", openSearchContext));
            JdbcTemplate jdbc = luceneContext.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            new SyntheticSearchCorpus(jdbc, ARTICLES, CLAIMS).generate();
            double generateSeconds = (System.nanoTime() - t0) / 1e9;
            for (Engine engine : engines) {
                engine.massIndex();
            }
            // Claims of the corpus as the claim form would send them, for more-like-this.
            List<String> claimTexts = jdbc.queryForList(
                    "select text from claim where mod(id, ?) = 3 order by id fetch first 24 rows only",
                    String.class,
                    Math.max(1, CLAIMS / 24));

            var kinds = List.<Kind>of(
                    new Kind("plain words", PLAIN, Engine::results),
                    new Kind("phrases", PHRASES, Engine::results),
                    new Kind("typos (retried with typo tolerance)", TYPOS, Engine::results),
                    new Kind("prefixes (`semicond*`)", PREFIXES, Engine::results),
                    new Kind("filters, exclusion, OR", FILTERS, Engine::results),
                    new Kind("autocomplete (header suggestions, 8 titles)", TYPED, Engine::suggest),
                    new Kind("facets (6 counts over all results)", QUERIES, Engine::facets),
                    new Kind("highlighted results: 20 hits + count, every query", QUERIES, Engine::results),
                    new Kind("the same predicate without highlights: 20 ids + count", QUERIES, Engine::ids),
                    new Kind("search page complete (results, then facets)", QUERIES, Engine::page),
                    new Kind("more-like-this (claim form, 5 similar claims)", claimTexts, Engine::similar));

            asFactChecker(engines, () -> {
                warmUp(engines, kinds);
                var totals = new ArrayList<String>();
                int differing = 0;
                for (String q : QUERIES) {
                    long l = engines.get(0)
                            .search
                            .results(q, SearchSort.RELEVANCE, 0, 20)
                            .total();
                    long o = engines.get(1)
                            .search
                            .results(q, SearchSort.RELEVANCE, 0, 20)
                            .total();
                    differing += l == o ? 0 : 1;
                    totals.add(String.format(Locale.ROOT, "| `%s` | %,d | %,d |", q, l, o));
                }
                // Query by query, the two engines in turn (which goes first alternates), so that a
                // machine busy with something else for a while slows both alike.
                var times = new LinkedHashMap<Kind, List<List<Double>>>();
                int turn = 0;
                for (Kind kind : kinds) {
                    var perEngine = List.<List<Double>>of(new ArrayList<>(), new ArrayList<>());
                    for (String input : kind.inputs()) {
                        for (int e = 0; e < 2; e++) {
                            int which = (e + turn) % 2;
                            Engine engine = engines.get(which);
                            perEngine
                                    .get(which)
                                    .addAll(times(RUNS, () -> kind.run().applyAsInt(engine, input)));
                        }
                        turn++;
                    }
                    times.put(kind, perEngine);
                }
                var likeQueries = new LikeQueries(jdbc);
                var like = new ArrayList<Double>();
                for (String q : QUERIES) {
                    like.addAll(times(LIKE_RUNS, () -> likeQueries.like(q)));
                }
                report(engines, generateSeconds, times, like, totals, differing);
            });
        }
    }

    private static void report(
            List<Engine> engines,
            double generateSeconds,
            Map<Kind, List<List<Double>>> times,
            List<Double> like,
            List<String> totals,
            int differing) {
        Engine lucene = engines.get(0);
        Engine os = engines.get(1);
        System.out.printf(
                Locale.ROOT,
                "%nCorpus: %,d articles + %,d claims in H2 (generated and inserted in %.0f s)%n%n"
                        + "| engine | mass indexing s | entities/s | index MB |%n|---|---|---|---|%n",
                ARTICLES,
                CLAIMS,
                generateSeconds);
        for (Engine e : engines) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.0f | %,.0f | %.0f |%n",
                    e.name,
                    e.indexSeconds,
                    (ARTICLES + CLAIMS) / e.indexSeconds,
                    e.indexBytes / 1e6);
        }
        System.out.printf(
                Locale.ROOT,
                "OpenSearch / Lucene: mass indexing time %.2fx, index size %.2fx%n%n",
                os.indexSeconds / lucene.indexSeconds,
                os.indexBytes / (double) lucene.indexBytes);
        System.out.printf(
                "| query kind (inputs × %d runs per engine) | Lucene p50 ms | Lucene p95 ms | OpenSearch p50 ms"
                        + " | OpenSearch p95 ms | OpenSearch / Lucene p50 | p95 |%n|---|---|---|---|---|---|---|%n",
                RUNS);
        times.forEach((kind, perEngine) -> {
            var l = perEngine.get(0);
            var o = perEngine.get(1);
            System.out.printf(
                    Locale.ROOT,
                    "| %s (%d) | %.2f | %.2f | %.2f | %.2f | %.2fx | %.2fx |%n",
                    kind.name(),
                    kind.inputs().size(),
                    percentile(l, 50),
                    percentile(l, 95),
                    percentile(o, 50),
                    percentile(o, 95),
                    percentile(o, 50) / percentile(l, 50),
                    percentile(o, 95) / percentile(l, 95));
        });
        var page = times.entrySet().stream()
                .filter(e -> e.getKey().name().startsWith("highlighted results"))
                .findFirst()
                .orElseThrow()
                .getValue();
        System.out.printf(
                Locale.ROOT,
                "| baseline: SQL LIKE '%%…%%', hits + count, every query (%d run each, %d queries) | %.2f | %.2f"
                        + " | | | | |%n",
                LIKE_RUNS,
                QUERIES.size(),
                percentile(like, 50),
                percentile(like, 95));
        System.out.printf(
                Locale.ROOT,
                "LIKE / highlighted results: Lucene %.0fx at p50, %.0fx at p95; OpenSearch %.0fx at p50, %.0fx at p95%n",
                percentile(like, 50) / percentile(page.get(0), 50),
                percentile(like, 95) / percentile(page.get(0), 95),
                percentile(like, 50) / percentile(page.get(1), 50),
                percentile(like, 95) / percentile(page.get(1), 95));
        System.out.printf(
                "%nTotals found (as a fact-checker), %d of %d queries differ between the engines:%n"
                        + "| query | Lucene | OpenSearch |%n|---|---|---|%n",
                differing, QUERIES.size());
        totals.forEach(System.out::println);
    }

    /**
     * Every kind on both engines in rounds until this JVM's JIT compiler has been quiet for three
     * rounds and at least ten rounds have run (the OpenSearch node compiles in its own JVM, which
     * this one can't watch), at most 40 ({@code -Dbench.warmupRounds}).
     */
    private static void warmUp(List<Engine> engines, List<Kind> kinds) {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        int quiet = 0;
        int round = 0;
        long start = System.nanoTime();
        while ((quiet < 3 || round < Math.min(10, MAX_WARMUP)) && round < MAX_WARMUP) {
            long compiled = jit.getTotalCompilationTime();
            for (Kind kind : kinds) {
                for (String input : kind.inputs()) {
                    for (Engine engine : engines) {
                        kind.run().applyAsInt(engine, input);
                    }
                }
            }
            quiet = jit.getTotalCompilationTime() - compiled < 20 ? quiet + 1 : 0;
            round++;
        }
        System.out.printf(
                Locale.ROOT,
                "%nWarm-up: %d rounds of every kind on both engines in %.0f s%n",
                round,
                (System.nanoTime() - start) / 1e9);
    }

    private static ConfigurableApplicationContext start(Map<String, String> properties, String... profiles) {
        var args = new ArrayList<String>();
        args.add("--spring.datasource.url=" + DB_URL);
        args.add("--logging.level.org.hibernate.search.mapper.massindexing=warn");
        // A web server on a free port: the security configuration needs the servlet context.
        args.add("--server.port=0");
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(FactlineApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles(profiles)
                .run(args.toArray(String[]::new));
    }

    /** One engine's application context and what the benchmark asks it. */
    private static final class Engine {
        final String name;
        final SearchService search;
        final SearchMapping mapping;
        final EntityManager entityManager;
        final TransactionTemplate transactions;
        final boolean remote;
        final SecurityContextHolderStrategy security;
        double indexSeconds;
        long indexBytes;

        Engine(String name, ConfigurableApplicationContext context) {
            this.name = name;
            this.search = context.getBean(SearchService.class);
            var factory = context.getBean(EntityManagerFactory.class);
            this.mapping = Search.mapping(factory);
            this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(factory);
            this.transactions = context.getBean(TransactionTemplate.class);
            this.remote = context.getBean(SearchEngine.class).remote();
            this.security = context.getBeanProvider(SecurityContextHolderStrategy.class)
                    .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        }

        void massIndex() throws InterruptedException {
            long t = System.nanoTime();
            mapping.scope(Object.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(500)
                    .typesToIndexInParallel(1)
                    // The fresh OpenSearch index is dropped and created rather than purged: purging
                    // is a _delete_by_query, which the build's OpenSearch lacks (no reindex module).
                    .dropAndCreateSchemaOnStart(remote)
                    .purgeAllOnStart(!remote)
                    // Not merged afterwards (the admin rebuild does): the index as it is between rebuilds.
                    .startAndWait();
            mapping.scope(Object.class).workspace().refresh();
            indexSeconds = (System.nanoTime() - t) / 1e9;
            indexBytes = remote
                    ? RemoteIndexStats.sizeBytes(mapping)
                    : mapping.allIndexedEntities().stream()
                            .mapToLong(e -> e.indexManager()
                                    .unwrap(LuceneIndexManager.class)
                                    .computeSizeInBytes())
                            .sum();
            System.out.printf(
                    Locale.ROOT, "%s: mass indexing %.0f s, index %.0f MB%n", name, indexSeconds, indexBytes / 1e6);
        }

        int results(String q) {
            return search.results(q, SearchSort.RELEVANCE, 0, 20).hits().size();
        }

        int page(String q) {
            return search.search(q, SearchSort.RELEVANCE, 0, 20).hits().size();
        }

        int facets(String q) {
            return search.facets(q, false).size();
        }

        int suggest(String typed) {
            return search.suggest(typed, 8).size();
        }

        int similar(String text) {
            return search.similar("claim", text, null, 5).size();
        }

        /** The search page's predicate, returning ids and the total only (no stored fields, no highlighting). */
        int ids(String q) {
            ParsedQuery parsed = QuerySyntax.parse(q);
            var viewer = new QueryPredicates.Viewer(RawLuceneQueries.VIEWER, true, false, false);
            return transactions.execute(tx -> {
                var result = Search.session(entityManager)
                        .search(Object.class)
                        .select(f -> f.id())
                        .where(f -> QueryPredicates.build(f, parsed, viewer, false))
                        .totalHitCountThreshold(SearchService.EXACT_COUNT_UP_TO)
                        .fetch(20);
                return result.hits().size() + (int) result.total().hitCountLowerBound();
            });
        }
    }

    private record Kind(String name, List<String> inputs, EngineQuery run) {}

    @FunctionalInterface
    private interface EngineQuery {
        int applyAsInt(Engine engine, String input);
    }

    /**
     * Searches as a fact-checker without other roles: the visibility rules of most users apply.
     * Each application context checks roles through its own security context holder (Vaadin's),
     * so the signed-in user is set in each.
     */
    private static void asFactChecker(List<Engine> engines, Runnable work) {
        for (Engine engine : engines) {
            var context = engine.security.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    RawLuceneQueries.VIEWER,
                    null,
                    AuthorityUtils.createAuthorityList(AppRoles.authorities(EnumSet.of(AppRoles.Role.FACT_CHECKER))
                            .toArray(String[]::new))));
            engine.security.setContext(context);
            SecurityContextHolder.setContext(context);
        }
        try {
            work.run();
        } finally {
            engines.forEach(e -> e.security.clearContext());
            SecurityContextHolder.clearContext();
        }
    }

    private static List<Double> times(int runs, java.util.function.IntSupplier query) {
        var result = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.getAsInt();
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

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        var all = new ArrayList<String>();
        for (var list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
