package org.factline.search;

import static org.factline.search.SearchFields.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.factline.base.Labels;
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

    SearchService(
            EntityManager entityManager,
            CurrentUser currentUser,
            ShardedSearch sharded,
            PageHighlighter highlighter,
            RemoteIndexSchema schema,
            SearchMeters meters) {
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
     * Items of {@code type} that say much the same as {@code text} (more-like-this), best first;
     * used by the claim form to avoid entering a claim twice.
     */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public List<SimilarItem> similar(String type, String text, @Nullable Long excludeId, int limit) {
        // A claim has at most 1,000 characters; a longer text (pasted before the form refuses
        // it) would become more clauses than Lucene takes, and its start says what it is about.
        String t = text == null ? "" : Labels.shorten(text.strip(), SIMILAR_TEXT_MAX_LENGTH);
        if (t.length() < 10) {
            return List.of();
        }
        SearchSession session = session();
        return orNothing(
                SearchMeters.SIMILAR,
                () -> session.search(scope(session))
                        .select(f -> f.composite()
                                .from(
                                        f.entityReference(),
                                        f.field(LINK, String.class),
                                        f.field(TITLE, String.class),
                                        f.field(STATUS, String.class))
                                .asList(v -> new SimilarItem(
                                        id((EntityReference) v.get(0)),
                                        (String) v.get(1),
                                        (String) v.get(2),
                                        v.get(3) == null ? "" : (String) v.get(3))))
                        .where(f -> {
                            var bool = f.bool()
                                    .must(f.match().field(TITLE).matching(t).minimumShouldMatchPercent(50))
                                    .filter(f.match().field(TYPE).matching(type));
                            QueryPredicates.hideFromViewer(f, viewer(), p -> bool.mustNot(p));
                            if (excludeId != null) {
                                bool.mustNot(f.id().matching(excludeId));
                            }
                            return bool;
                        })
                        .fetchHits(Math.clamp(limit, 1, 20)));
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
                .select(f -> f.composite()
                        .from(
                                f.entityReference(),
                                f.field(TYPE, String.class),
                                f.field(LINK, String.class),
                                f.field(TITLE, String.class),
                                f.field(DATE, LocalDate.class),
                                f.field(AUTHOR, String.class),
                                f.field(PUBLISHER, String.class),
                                f.field(VERDICT, String.class),
                                f.field(STATUS, String.class),
                                f.field(EXCERPT, String.class),
                                f.field(HIGHLIGHT_TEXT, String.class),
                                f.score())
                        .asList(HitRow::of))
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
