package org.factline.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.factline.api.ApiPage;
import org.factline.api.ApiProperties;
import org.factline.base.ValidationException;
import org.factline.search.ParsedQuery;
import org.factline.search.QuerySyntax;
import org.factline.search.SearchFacet;
import org.factline.search.SearchHit;
import org.factline.search.SearchResults;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search box over the API: the same query language, the same permission-filtered results with
 * highlights, and the facets over all results.
 *
 * <p>The search box reads whatever it is given and says what it read differently; a program is
 * better told. So by default a query the parser had to read differently from what was written (an
 * unknown filter, a missing quote, a bad date…) is refused with a 400 problem naming each
 * mistake; {@code strict=false} searches as the box does and lists the warnings in the answer.
 */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search")
class SearchApi {

    /** How deep the pages go: every shard fetches all results up to the page, so depth costs. */
    static final int MAX_RESULT = 10_000;

    private final SearchService search;
    private final ApiProperties properties;

    SearchApi(SearchService search, ApiProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    /**
     * One page of results.
     *
     * @param total exact when {@code totalExact}, otherwise at least this many
     * @param fuzzy nothing had every word as written: these results allow typos
     * @param facets counts per filter value over all results (empty when not asked for)
     * @param warnings what the parser read differently from what was written (strict=false only)
     */
    record SearchResponse(
            String query,
            List<SearchHit> hits,
            long total,
            boolean totalExact,
            boolean fuzzy,
            List<SearchFacet> facets,
            List<String> warnings) {}

    @GetMapping
    @Operation(
            summary = "Search articles, claims, notes, evidence, events (and, for admins, users)",
            description = "Words must all match; \"quoted phrases\", -exclusion, OR, prefix*, and filters"
                    + " type:, verdict:, author:, publisher:, tag:, category:, status:, year:, before:, after:."
                    + " titleHtml and snippetHtml are escaped text in which only <mark> is markup."
                    + " X-Total-Count is a lower bound when totalExact is false.")
    ResponseEntity<SearchResponse> search(
            @Parameter(description = "The query, as typed in the search box") @RequestParam(required = false) @Nullable
                    String q,
            @Parameter(description = "RELEVANCE, NEWEST or OLDEST") @RequestParam(defaultValue = "RELEVANCE")
                    SearchSort sort,
            @Parameter(description = "Refuse a query the parser had to read differently (400)")
                    @RequestParam(defaultValue = "true")
                    boolean strict,
            @Parameter(description = "Count the results per facet (a second query)")
                    @RequestParam(defaultValue = "true")
                    boolean facets,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            HttpServletRequest request) {
        ApiPage paging = ApiPage.of(page, size, Math.min(properties.maxPageSize(), SearchService.MAX_PAGE_SIZE));
        if ((long) paging.offset() + paging.size() > MAX_RESULT) {
            throw new ValidationException(
                    "page", "Search pages reach result " + MAX_RESULT + " at most; narrow the query instead.");
        }
        String text = q == null ? "" : q.strip();
        ParsedQuery parsed = QuerySyntax.parse(text);
        if (strict && !parsed.warnings().isEmpty()) {
            throw new ValidationException("q", String.join(" ", parsed.warnings()));
        }
        if (parsed.isEmpty()) {
            throw new ValidationException("q", "Send something to search for in q.");
        }
        // Later pages: the first tells whether the search had to allow typos (as the page's "more").
        SearchResults results = search.results(text, sort, 0, paging.offset() == 0 ? paging.size() : 1);
        List<SearchHit> hits = paging.offset() == 0
                ? results.hits()
                : search.page(text, sort, paging.offset(), paging.size(), results.fuzzy());
        List<SearchFacet> counts = facets ? search.facets(text, results.fuzzy()) : List.of();
        var body = new SearchResponse(
                text, hits, results.total(), results.totalExact(), results.fuzzy(), counts, results.warnings());
        return ResponseEntity.ok()
                .headers(paging.headers(results.total(), request))
                .body(body);
    }
}
