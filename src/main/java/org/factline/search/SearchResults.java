package org.factline.search;

import java.util.List;

/**
 * One page of results with the total, the facets of all results and what the parser noticed.
 *
 * @param total exact when {@code totalExact}, otherwise at least this many
 * @param fuzzy no document had every word as written; these results allow typos
 */
public record SearchResults(
        ParsedQuery query,
        List<SearchHit> hits,
        long total,
        boolean totalExact,
        boolean fuzzy,
        List<SearchFacet> facets,
        long tookMillis) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public List<String> warnings() {
        return query.warnings();
    }

    SearchResults withFacets(List<SearchFacet> values) {
        return new SearchResults(query, hits, total, totalExact, fuzzy, values, tookMillis);
    }
}
