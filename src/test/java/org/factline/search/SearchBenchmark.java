package org.factline.search;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.QueryBuilder;
import org.factline.search.ParsedQuery.Part;
import org.factline.security.SystemAuthentication;
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
import org.springframework.test.context.ActiveProfiles;

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
            "spring.datasource.url=jdbc:h2:mem:search-bench;DB_CLOSE_DELAY=-1",
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/bench-index/${random.uuid}",
            "logging.level.org.hibernate.search.mapper.massindexing=warn"
        })
@ActiveProfiles("test")
class SearchBenchmark {

    private static final int ARTICLES = Integer.getInteger("bench.articles", 100_000);
    private static final int CLAIMS = Integer.getInteger("bench.claims", 1_000_000);
    private static final int LIKE_RUNS = Integer.getInteger("bench.likeRuns", 3);
    private static final int RUNS = 25;

    /** Topic words, most frequent first; the generator draws them and filler words by Zipf's law. */
    private static final String[] TOPIC = {
        "chips",
        "export",
        "controls",
        "China",
        "model",
        "Nvidia",
        "Huawei",
        "semiconductor",
        "Commerce",
        "licence",
        "release",
        "accelerator",
        "training",
        "Beijing",
        "Washington",
        "tariff",
        "ministry",
        "DeepSeek-V3",
        "H20",
        "Qwen2.5",
        "distillation",
        "lithography",
        "ASML",
        "SMIC",
        "Ascend",
        "GPU",
        "benchmark",
        "open-weight",
        "sanctions",
        "entity",
        "list",
        "cloud",
        "datacenter",
        "smuggling",
        "investigation",
        "OpenAI",
        "Anthropic",
        "Alibaba",
        "Baidu",
        "Tencent",
        "rules",
        "threshold",
        "memory",
        "HBM",
        "TSMC",
        "foundry",
        "subsidy",
        "policy",
        "denied",
        "accused"
    };

    private static final String[] SITES = {
        "Wire One",
        "Daily Two",
        "Tech Three",
        "Policy Four",
        "Market Five",
        "Asia Desk",
        "Chip Weekly",
        "Capital Post",
        "Signal News",
        "Harbor Times"
    };
    private static final String[] VERDICTS = {"TRUE", "MOSTLY_TRUE", "MIXED", "MOSTLY_FALSE", "FALSE"};

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
    jakarta.persistence.EntityManager entityManager;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void search_latency_against_sql_like_and_raw_lucene() throws Exception {
        long t0 = System.nanoTime();
        generate();
        double generateSeconds = (System.nanoTime() - t0) / 1e9;

        SearchMapping mapping = Search.mapping(entityManagerFactory);
        long t1 = System.nanoTime();
        mapping.scope(Object.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .typesToIndexInParallel(1)
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
        LuceneIndexScope luceneScope = mapping.scope(Object.class).extension(LuceneExtension.get());
        var analyzer = mapping.indexedEntity("Article")
                .indexManager()
                .unwrap(LuceneIndexManager.class)
                .searchAnalyzer();
        try (IndexReader reader = luceneScope.openIndexReader()) {
            var searcher = new IndexSearcher(reader);
            SystemAuthentication.runAsSystem(() -> {
                // Warm-up: the JIT compiles every path before anything is recorded.
                for (String q : QUERIES) {
                    for (int i = 0; i < 3; i++) {
                        searchPage(q);
                        search.results(q, SearchSort.RELEVANCE, 0, 20).hits();
                        core(q);
                        raw(searcher, analyzer, q);
                    }
                    like(q);
                }
                for (String q : QUERIES) {
                    var pageTimes = times(RUNS, () -> searchPage(q));
                    perQuery.add(String.format(Locale.ROOT, "| `%s` | %.2f |", q, percentile(pageTimes, 50)));
                    hsPage.addAll(pageTimes);
                    hsHits.addAll(times(
                            RUNS,
                            () -> search.results(q, SearchSort.RELEVANCE, 0, 20)
                                    .hits()
                                    .size()));
                    hsCore.addAll(times(RUNS, () -> core(q)));
                    hsFacets.addAll(times(RUNS, () -> search.facets(q, false).size()));
                    lucene.addAll(times(RUNS, () -> raw(searcher, analyzer, q)));
                    like.addAll(times(LIKE_RUNS, () -> like(q)));
                }
                return null;
            });
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
        row("Hibernate Search, hits + count", hsCore, page95);
        row("raw Lucene IndexSearcher, hits + count (lower bound)", lucene, page95);
        row("SQL LIKE '%…%', hits + count (baseline)", like, page95);
        System.out.printf("%n| query | HS search page p50 ms |%n|---|---|%n");
        perQuery.forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "%nLIKE / HS search page at p50: %.0fx; HS hits / raw Lucene at p50: %.2fx, at p95: %.2fx%n",
                percentile(like, 50) / percentile(hsPage, 50),
                percentile(hsCore, 50) / percentile(lucene, 50),
                percentile(hsCore, 95) / percentile(lucene, 95));
    }

    private int searchPage(String q) {
        return search.search(q, SearchSort.RELEVANCE, 0, 20).hits().size();
    }

    /** The same predicate as the search page, returning ids and the total only. */
    private int core(String q) {
        ParsedQuery parsed = QuerySyntax.parse(q);
        var viewer = new QueryPredicates.Viewer("system", true, true, true);
        return transactions.execute(tx -> {
            var result = Search.session(entityManager)
                    .search(Object.class)
                    .select(f -> f.id())
                    .where(f -> QueryPredicates.build(f, parsed, viewer, false))
                    .fetch(20);
            return result.hits().size() + (int) result.total().hitCount();
        });
    }

    /**
     * The same query written directly against Lucene on the same index: the clauses
     * {@link QueryPredicates} builds (stemmed and exact fields, fuzzy variants, phrases, prefixes,
     * filters, visibility), without Hibernate Search in between.
     */
    private static int raw(IndexSearcher searcher, org.apache.lucene.analysis.Analyzer analyzer, String q) {
        var builder = new QueryBuilder(analyzer);
        var bool = new BooleanQuery.Builder();
        var visible = new BooleanQuery.Builder();
        for (String audience : List.of("EVERYONE", "EDITORS", "ADMINS")) {
            visible.add(new TermQuery(new Term("audience", audience)), Occur.SHOULD);
        }
        bool.add(visible.build(), Occur.FILTER);
        boolean positive = false;
        for (ParsedQuery.Group group : QuerySyntax.parse(q).groups()) {
            Query alternatives;
            if (group.alternatives().size() == 1) {
                alternatives = rawPart(builder, analyzer, group.alternatives().getFirst());
            } else {
                var or = new BooleanQuery.Builder();
                group.alternatives().forEach(p -> or.add(rawPart(builder, analyzer, p), Occur.SHOULD));
                alternatives = or.build();
            }
            boolean filterOnly = group.alternatives().stream().allMatch(Part.Filter.class::isInstance);
            if (group.negated()) {
                bool.add(alternatives, Occur.MUST_NOT);
            } else if (filterOnly) {
                bool.add(alternatives, Occur.FILTER);
            } else {
                bool.add(alternatives, Occur.MUST);
                positive = true;
            }
        }
        if (!positive) {
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        try {
            var top = searcher.search(bool.build(), new TopScoreDocCollectorManager(20, Integer.MAX_VALUE));
            return top.scoreDocs.length + (int) top.totalHits.value;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Query rawPart(QueryBuilder builder, org.apache.lucene.analysis.Analyzer analyzer, Part part) {
        var any = new BooleanQuery.Builder();
        switch (part) {
            case Part.Word w -> {
                addIfNotNull(any, builder.createBooleanQuery("title", w.text()), 3f);
                addIfNotNull(any, builder.createBooleanQuery("text", w.text()), 1f);
                addIfNotNull(any, builder.createBooleanQuery("title_exact", w.text()), 2f);
                addIfNotNull(any, builder.createBooleanQuery("author", w.text()), 2f);
                addIfNotNull(any, builder.createBooleanQuery("publisher_text", w.text()), 2f);
                String keyword = QuerySyntax.fold(w.text());
                any.add(new TermQuery(new Term("tags", keyword)), Occur.SHOULD);
                any.add(new TermQuery(new Term("category", keyword)), Occur.SHOULD);
                // Typo tolerance is a retry when nothing matched, as in the service.
            }
            case Part.Phrase p -> {
                addIfNotNull(any, builder.createPhraseQuery("title_exact", p.text()), 3f);
                addIfNotNull(any, builder.createPhraseQuery("text_exact", p.text()), 1f);
                addIfNotNull(any, builder.createPhraseQuery("author", p.text()), 1f);
                addIfNotNull(any, builder.createPhraseQuery("publisher_text", p.text()), 1f);
            }
            case Part.Prefix p -> {
                String prefix = QuerySyntax.fold(p.text());
                var exact = new BooleanQuery.Builder();
                exact.add(new BoostQuery(new PrefixQuery(new Term("title_exact", prefix)), 3f), Occur.SHOULD);
                exact.add(new PrefixQuery(new Term("text_exact", prefix)), Occur.SHOULD);
                exact.add(new PrefixQuery(new Term("author", prefix)), Occur.SHOULD);
                any.add(exact.build(), Occur.SHOULD);
                var stemmed = new BooleanQuery.Builder();
                stemmed.add(new PrefixQuery(new Term("title", prefix)), Occur.SHOULD);
                stemmed.add(new PrefixQuery(new Term("text", prefix)), Occur.SHOULD);
                any.add(new BoostQuery(stemmed.build(), 0.1f), Occur.SHOULD);
            }
            case Part.Filter f -> {
                switch (f.field()) {
                    case TYPE -> any.add(new TermQuery(new Term("type", QuerySyntax.fold(f.value()))), Occur.SHOULD);
                    case VERDICT -> any.add(new TermQuery(new Term("verdict", f.value())), Occur.SHOULD);
                    case AFTER ->
                        any.add(LongPoint.newRangeQuery("date", f.from().toEpochDay(), Long.MAX_VALUE), Occur.SHOULD);
                    case BEFORE ->
                        any.add(LongPoint.newRangeQuery("date", Long.MIN_VALUE, f.to().toEpochDay()), Occur.SHOULD);
                    default -> any.add(new MatchAllDocsQuery(), Occur.SHOULD);
                }
            }
        }
        return any.build();
    }

    private static void addIfNotNull(BooleanQuery.Builder any, Query query, float boost) {
        if (query != null) {
            any.add(new BoostQuery(query, boost), Occur.SHOULD);
        }
    }

    /** The same query as SQL: every word in the title or text (LIKE), filters as columns. */
    private int like(String q) {
        ParsedQuery parsed = QuerySyntax.parse(q);
        var articleWhere = new StringJoiner(" and ", " where ", "");
        var claimWhere = new StringJoiner(" and ", " where ", "");
        var articleArgs = new ArrayList<Object>();
        var claimArgs = new ArrayList<Object>();
        boolean articles = true;
        boolean claims = true;
        articleWhere.add("status = 'ACTIVE'");
        claimWhere.add("1 = 1");
        for (ParsedQuery.Group group : parsed.groups()) {
            var a = new StringJoiner(" or ", "(", ")");
            var c = new StringJoiner(" or ", "(", ")");
            for (Part part : group.alternatives()) {
                switch (part) {
                    case Part.Filter f
                    when f.field() == SearchFilter.TYPE -> {
                        articles &= f.value().equals("article");
                        claims &= f.value().equals("claim");
                        a.add("1 = 1");
                        c.add("1 = 1");
                    }
                    case Part.Filter f
                    when f.field() == SearchFilter.VERDICT -> {
                        articles = false;
                        c.add("verdict = ?");
                        claimArgs.add(f.value().toUpperCase(Locale.ROOT));
                        a.add("1 = 0");
                    }
                    case Part.Filter f
                    when f.from() != null -> {
                        a.add("published_at >= ?");
                        articleArgs.add(java.sql.Date.valueOf(f.from()));
                        c.add("claim_date >= ?");
                        claimArgs.add(java.sql.Date.valueOf(f.from()));
                    }
                    case Part.Filter f -> {
                        a.add("1 = 1");
                        c.add("1 = 1");
                    }
                    default -> {
                        String text = switch (part) {
                            case Part.Word w -> w.text();
                            case Part.Phrase p -> p.text();
                            case Part.Prefix p -> p.text();
                            default -> "";
                        };
                        String pattern = "%" + text.toLowerCase(Locale.ROOT) + "%";
                        a.add("(lower(title) like ? or lower(body_text) like ?)");
                        articleArgs.add(pattern);
                        articleArgs.add(pattern);
                        c.add("lower(text) like ?");
                        claimArgs.add(pattern);
                    }
                }
            }
            articleWhere.add((group.negated() ? "not " : "") + a);
            claimWhere.add((group.negated() ? "not " : "") + c);
        }
        int found = 0;
        if (articles) {
            found += jdbc.queryForObject(
                    "select count(*) from article" + articleWhere, Integer.class, articleArgs.toArray());
            found += jdbc.queryForList(
                            "select id from article" + articleWhere + " order by published_at desc limit 20",
                            Long.class,
                            articleArgs.toArray())
                    .size();
        }
        if (claims) {
            found += jdbc.queryForObject("select count(*) from claim" + claimWhere, Integer.class, claimArgs.toArray());
            found += jdbc.queryForList(
                            "select id from claim" + claimWhere + " order by claim_date desc limit 20",
                            Long.class,
                            claimArgs.toArray())
                    .size();
        }
        return found;
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

    // ---- synthetic corpus -------------------------------------------------------------------

    private final Random random = new Random(42);
    private final String[] filler = fillerWords(20_000);

    private static String[] fillerWords(int n) {
        String[] syllables = {
            "ka", "lo", "mi", "ne", "ra", "tu", "vo", "se", "pa", "li", "do", "ge", "ber", "tan", "sor", "mel", "qui",
            "zan", "pre", "tra", "lat", "ven", "cor", "dis"
        };
        var rnd = new Random(7);
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            int len = 2 + rnd.nextInt(3);
            var w = new StringBuilder();
            for (int s = 0; s < len; s++) {
                w.append(syllables[rnd.nextInt(syllables.length)]);
            }
            words[i] = w.toString();
        }
        words[5_000] = "vorelatu";
        words[9_000] = "kimesano";
        words[12_000] = "tralope";
        return words;
    }

    /** Zipf-like rank: small ranks are far more frequent. */
    private int zipf(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);
    }

    private String words(int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(i % 14 == 0 ? ". " : " ");
            }
            text.append(random.nextInt(5) == 0 ? TOPIC[zipf(TOPIC.length)] : filler[zipf(filler.length)]);
        }
        return text.append('.').toString();
    }

    private void generate() {
        Instant base = Instant.parse("2022-01-01T00:00:00Z");
        String articleSql = "insert into article (version, created_at, updated_at, title, byline, site_name,"
                + " published_at, source_kind, content_format, content_hash, body_text, body_html, word_count,"
                + " status, imported_by, minhash) values (0, ?, ?, ?, ?, ?, ?, 'PASTE', 'text', ?, ?, '', ?,"
                + " 'ACTIVE', 'bench', '')";
        for (int start = 0; start < ARTICLES; start += 2_000) {
            var rows = new ArrayList<Object[]>();
            for (int i = start; i < Math.min(ARTICLES, start + 2_000); i++) {
                var when = Timestamp.from(base.plusSeconds(i * (4L * 365 * 86400 / Math.max(1, ARTICLES))));
                int length = 150 + random.nextInt(250);
                rows.add(new Object[] {
                    when,
                    when,
                    words(6 + random.nextInt(5)),
                    "Author " + random.nextInt(300),
                    SITES[zipf(SITES.length)],
                    when,
                    "h" + i,
                    words(length),
                    length
                });
            }
            jdbc.batchUpdate(articleSql, rows);
        }
        var claimants = new ArrayList<Object[]>();
        for (int i = 0; i < 300; i++) {
            claimants.add(new Object[] {"Claimant " + i, "claimant " + i});
        }
        jdbc.batchUpdate(
                "insert into claimant (version, created_at, updated_at, name, name_key, kind)"
                        + " values (0, current_timestamp, current_timestamp, ?, ?, 'ORGANIZATION')",
                claimants);
        long firstClaimant = jdbc.queryForObject("select min(id) from claimant", Long.class);
        String claimSql = "insert into claim (version, created_at, updated_at, text, claimant_id, claim_date, status,"
                + " created_by, verdict) values (0, ?, ?, ?, ?, ?, ?, 'bench', ?)";
        for (int start = 0; start < CLAIMS; start += 5_000) {
            var rows = new ArrayList<Object[]>();
            for (int i = start; i < Math.min(CLAIMS, start + 5_000); i++) {
                var when = Timestamp.from(base.plusSeconds(i * (4L * 365 * 86400 / Math.max(1, CLAIMS))));
                boolean verified = random.nextInt(4) == 0;
                rows.add(new Object[] {
                    when,
                    when,
                    words(10 + random.nextInt(15)),
                    firstClaimant + random.nextInt(300),
                    java.sql.Date.valueOf(LocalDate.ofInstant(when.toInstant(), java.time.ZoneOffset.UTC)),
                    verified ? "VERIFIED" : "IN_REVIEW",
                    verified ? VERDICTS[random.nextInt(VERDICTS.length)] : null
                });
            }
            jdbc.batchUpdate(claimSql, rows);
        }
    }
}
