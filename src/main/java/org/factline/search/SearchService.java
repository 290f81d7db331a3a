package org.factline.search;

import static org.factline.search.SearchFields.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.factline.base.Labels;
import org.factline.base.ValidationException;
import org.factline.embedding.EmbeddingUnavailableException;
import org.factline.embedding.SentenceEmbeddings;
import org.factline.search.QueryPredicates.Viewer;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one search box: parses the query language, searches every indexed type at once with
 * Hibernate Search, and returns highlighted, permission-filtered results with facets. When a remote
 * search engine can't be reached, searches fail with {@link SearchUnavailableException}.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    static final int SIMILAR_TEXT_MAX_LENGTH = 1_000;

    public static final int MAX_PAGE_SIZE = 100;
    public static final int EXACT_COUNT_UP_TO = 1_000;

    private static final List<FacetSpec> FACETS = List.of(
            new FacetSpec(SearchFilter.TYPE, "Type", TYPE, 10),
            new FacetSpec(SearchFilter.VERDICT, "Verdict", VERDICT, 10),
            new FacetSpec(SearchFilter.PUBLISHER, "Publisher", PUBLISHER, 10),
            new FacetSpec(SearchFilter.CATEGORY, "Category", CATEGORY, 10),
            new FacetSpec(SearchFilter.TAG, "Tag", TAGS, 10));
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final ShardedSearch sharded;
    private final PageHighlighter highlighter;
    private final RemoteIndexSchema schema;
    private final SearchMeters meters;
    private final SentenceEmbeddings embeddings;
    private final VectorSearch vectors;

    SearchService(
            EntityManager entityManager,
            CurrentUser currentUser,
            ShardedSearch sharded,
            PageHighlighter highlighter,
            RemoteIndexSchema schema,
            SearchMeters meters,
            SentenceEmbeddings embeddings,
            VectorSearch vectors) {
        this.embeddings = embeddings;
        this.vectors = vectors;
        this.schema = schema;
        this.meters = meters;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.sharded = sharded;
        this.highlighter = highlighter;
    }

    /** One page of results for the query typed in the search box, with facets over all results. */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    public SearchResults search(String queryText, SearchSort sort, int offset, int limit) {
        SearchResults results = results(queryText, sort, offset, limit);
        return results.withFacets(facets(queryText, results.fuzzy()));
    }

    /**
     * One page of results without facets: what the page shows first. The total is exact up to
     * {@value #EXACT_COUNT_UP_TO}; beyond, it is a lower bound, which lets Lucene skip documents
     * that can't reach the first page. When no document has all the words as written, the search
     * is repeated with typo tolerance ({@link SearchResults#fuzzy()}).
     */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    public SearchResults results(String queryText, SearchSort sort, int offset, int limit) {
        ParsedQuery query = QuerySyntax.parse(queryText);
        return reachable(SearchMeters.RESULTS, () -> {
            SearchResults strict = run(query, sort, offset, limit, false);
            if (strict.total() == 0 && offset == 0 && QueryPredicates.hasFuzzyWords(query)) {
                return run(query, sort, offset, limit, true);
            }
            return strict;
        });
    }

    /** Counts per facet value over all results of the query (loaded after the results). */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    public List<SearchFacet> facets(String queryText, boolean fuzzy) {
        ParsedQuery query = QuerySyntax.parse(queryText);
        return reachable(SearchMeters.FACETS, () -> facets(query, fuzzy));
    }

    private List<SearchFacet> facets(ParsedQuery query, boolean fuzzy) {
        Viewer viewer = viewer();
        List<AggregationKey<Map<String, Long>>> keys = new ArrayList<>();
        for (FacetSpec spec : FACETS) {
            keys.add(AggregationKey.of(spec.field()));
        }
        var shards = sharded.onEveryShard((session, scope, routing) -> {
            var step = session.search(scope)
                    .select(f -> f.id())
                    .where(f -> QueryPredicates.build(f, query, viewer, fuzzy));
            for (int i = 0; i < FACETS.size(); i++) {
                FacetSpec spec = FACETS.get(i);
                // Each shard counts more values than shown, so the merged top values are rarely off.
                step = step.aggregation(
                        keys.get(i),
                        f -> f.terms().field(spec.field(), String.class).maxTermCount(spec.max() * 3));
            }
            return step.aggregation(YEARS, f -> f.terms().field(YEAR, Integer.class))
                    .routing(routing)
                    .fetch(0);
        });
        List<SearchFacet> facets = new ArrayList<>();
        for (int i = 0; i < FACETS.size(); i++) {
            FacetSpec spec = FACETS.get(i);
            var key = keys.get(i);
            var values = FacetCounts.top(
                    shards.stream().map(r -> r.aggregation(key)).toList(),
                    Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()),
                    spec.max());
            if (!values.isEmpty()) {
                facets.add(new SearchFacet(spec.filter(), spec.label(), values));
            }
        }
        var years = FacetCounts.top(
                shards.stream().map(r -> r.aggregation(YEARS)).toList(),
                Map.Entry.<Integer, Long>comparingByKey().reversed(),
                15);
        if (!years.isEmpty()) {
            facets.add(new SearchFacet(SearchFilter.YEAR, "Year", years));
        }
        return facets;
    }

    /** Further results of the same query (lazy loading). */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    public List<SearchHit> page(String queryText, SearchSort sort, int offset, int limit, boolean fuzzy) {
        ParsedQuery query = QuerySyntax.parse(queryText);
        return reachable(
                SearchMeters.PAGE, () -> run(query, sort, offset, limit, fuzzy).hits());
    }

    /** Titles starting with what has been typed so far, for the header's autocomplete. */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    public List<Suggestion> suggest(String typed, int limit) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < 2) {
            return List.of();
        }
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        String prefix = text;
        SearchSession session = session();
        return orNothing(
                SearchMeters.SUGGEST,
                () -> session.search(scope(session))
                        .select(f -> f.composite()
                                .from(
                                        f.entityReference(),
                                        f.field(TYPE, String.class),
                                        f.field(LINK, String.class),
                                        f.field(TITLE, String.class))
                                .asList(v -> new Suggestion(
                                        (String) v.get(1), id((EntityReference) v.get(0)), (String) v.get(2), (String)
                                                v.get(3))))
                        .where(f -> {
                            var bool = f.bool()
                                    .must(f.match()
                                            .field(SUGGEST)
                                            .matching(prefix)
                                            .minimumShouldMatchPercent(100))
                                    .should(f.match().field(TITLE_EXACT).matching(prefix));
                            QueryPredicates.hideFromViewer(f, viewer(), p -> bool.mustNot(p));
                            return bool;
                        })
                        .fetchHits(Math.clamp(limit, 1, 20)));
    }

    /**
     * Items of {@code type} that say much the same as {@code text}, best first: by words and by
     * meaning combined ({@link MeaningQueries}: the hybrid score); by words alone while the
     * embedding model loads or on a backend without vectors. Used by the claim form and the claim
     * page to avoid entering a claim twice.
     */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public List<SimilarItem> similar(String type, String text, @Nullable Long excludeId, int limit) {
        return similarByMeaning(type, text, excludeId, limit).stream()
                .map(i -> new SimilarItem(i.id(), i.link(), i.title(), i.status()))
                .toList();
    }

    /** {@link #similar} with the verdict and the cosine of each item (0 when found by words only). */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public List<NearbyItem> similarByMeaning(String type, String text, @Nullable Long excludeId, int limit) {
        // A claim has at most 1,000 characters; a longer text (pasted before the form refuses
        // it) would become more clauses than Lucene takes, and its start says what it is about.
        String t = text == null ? "" : Labels.shorten(text.strip(), SIMILAR_TEXT_MAX_LENGTH);
        if (t.length() < 10) {
            return List.of();
        }
        float[] vector = vectors.enabled() ? embeddings.ifReady(t).orElse(null) : null;
        SearchSession session = session();
        return orNothing(
                SearchMeters.SIMILAR,
                () -> MeaningQueries.similar(session, viewer(), type, t, vector, excludeId, Math.clamp(limit, 1, 20)));
    }

    /**
     * The items of {@code type} nearest in meaning to the vector, with at least {@code minCosine};
     * nothing on a backend without vectors ({@link #meaningAvailable()}).
     */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public List<NearbyItem> nearest(String type, float[] vector, double minCosine, int limit) {
        if (!vectors.enabled()) {
            return List.of();
        }
        SearchSession session = session();
        return reachable(
                SearchMeters.SIMILAR,
                () -> MeaningQueries.nearest(
                        session, viewer(), type, vector, (float) minCosine, null, Math.clamp(limit, 1, 20)));
    }

    /** Whether this installation searches by meaning (vectors in the index). */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    public boolean meaningAvailable() {
        return vectors.enabled();
    }

    /**
     * The search page's "by meaning" mode: the claims nearest in meaning to the whole text typed
     * (kNN over their embeddings; the query language's filters are not applied), best first. Waits
     * for the embedding model if it is still loading.
     *
     * @throws ValidationException when this installation has no vectors or the text is empty
     */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    public SearchResults byMeaning(String queryText, int offset, int limit) {
        if (!vectors.enabled()) {
            throw new ValidationException("Search by meaning is not available with this search engine.");
        }
        String text = queryText == null ? "" : Labels.shorten(queryText.strip(), SIMILAR_TEXT_MAX_LENGTH);
        if (text.isEmpty()) {
            throw new ValidationException("Type what the claim says to search by meaning.");
        }
        float[] vector;
        try {
            vector = embeddings.embed(text);
        } catch (EmbeddingUnavailableException e) {
            throw new ValidationException("Search by meaning is not available yet; try again in a minute.");
        }
        int from = Math.max(0, offset);
        int size = Math.clamp(limit, 1, MAX_PAGE_SIZE);
        int k = Math.min(from + size, MAX_PAGE_SIZE * 2);
        Viewer viewer = viewer();
        SearchSession session = session();
        List<HitRow> rows = reachable(SearchMeters.RESULTS, () -> MeaningQueries.page(session, viewer, vector, k));
        List<SearchHit> hits = rows.stream()
                .skip(from)
                .limit(size)
                .map(row -> row.hit(PageHighlighter.Highlights.NONE))
                .toList();
        return new SearchResults(
                QuerySyntax.parse(""), hits, rows.size(), true, false, java.util.Map.of(), List.of(), 0);
    }

    /**
     * Every shard returns its best {@code offset + limit} hits in the same order; the page is cut
     * from their merge.
     */
    private SearchResults run(ParsedQuery query, SearchSort sort, int offset, int limit, boolean fuzzy) {
        Viewer viewer = viewer();
        int from = Math.max(0, offset);
        int size = Math.clamp(limit, 1, MAX_PAGE_SIZE);
        List<SearchResult<HitRow>> shards = sharded.onEveryShard((session, scope, routing) -> session.search(scope)
                .select(HitRow::projection)
                .where(f -> QueryPredicates.build(f, query, viewer, fuzzy))
                .sort(f -> sort(f, sort))
                .routing(routing)
                .totalHitCountThreshold(EXACT_COUNT_UP_TO)
                .fetch(from + size));
        List<HitRow> page = shards.stream()
                .flatMap(r -> r.hits().stream())
                .sorted(HitRow.order(sort))
                .skip(from)
                .limit(size)
                .toList();
        Map<String, String> corrections = Map.of();
        ParsedQuery marked = query;
        if (fuzzy) {
            var texts = new ArrayList<@Nullable String>();
            page.forEach(row -> {
                texts.add(row.title());
                texts.add(row.text());
                texts.add(row.author());
            });
            corrections = TypoCorrections.find(query, texts);
            marked = TypoCorrections.apply(query, corrections);
        }
        PageHighlighter.Page marks = highlighter.page(marked);
        List<SearchHit> hits =
                sharded.map(page, row -> row.hit(marks.of(row.ref().name(), row.title(), row.text())));
        return new SearchResults(
                query,
                hits,
                shards.stream().mapToLong(r -> r.total().hitCountLowerBound()).sum(),
                shards.stream().allMatch(r -> r.total().isHitCountExact()),
                fuzzy,
                corrections,
                List.of(),
                shards.stream().mapToLong(r -> r.took().toMillis()).max().orElse(0));
    }

    /**
     * The search's result, or {@link SearchUnavailableException} when the engine can't be reached
     * (only a remote one can be away) or its indexes are not in place yet (a node started while it
     * was away); a bad query still fails as itself.
     */
    /** Runs one search, timed under its kind ({@link SearchMeters}), an unreachable engine said so. */
    private <T> T reachable(String kind, Supplier<T> search) {
        if (!schema.ready()) {
            throw new SearchUnavailableException(null);
        }
        try {
            return meters.timed(kind, search);
        } catch (RuntimeException e) {
            if (SearchUnavailableException.unreachable(e)) {
                throw new SearchUnavailableException(e);
            }
            throw e;
        }
    }

    /** Suggestions and similar items are a help, not the task: none while the engine is away. */
    private <T> List<T> orNothing(String kind, Supplier<List<T>> search) {
        try {
            return reachable(kind, search);
        } catch (SearchUnavailableException e) {
            return List.of();
        }
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score();
            case NEWEST -> f.field(DATE).desc().missing().last().then().score();
            case OLDEST -> f.field(DATE).asc().missing().last().then().score();
        };
    }

    private static long id(EntityReference ref) {
        return ((Number) ref.id()).longValue();
    }

    private Viewer viewer() {
        return new Viewer(
                currentUser.actorName(),
                currentUser.hasRole(AppRoles.Role.FACT_CHECKER),
                currentUser.hasRole(AppRoles.Role.EDITOR),
                currentUser.hasRole(AppRoles.Role.ADMIN));
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }

    private static SearchScope<Object> scope(SearchSession session) {
        return session.scope(Object.class);
    }

    private record FacetSpec(SearchFilter filter, String label, String field, int max) {}
}
