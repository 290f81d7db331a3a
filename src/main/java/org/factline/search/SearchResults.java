package org.factline.search;

import java.util.List;

/** One page of results with the total, the facets of all results and what the parser noticed. */
public record SearchResults(
        ParsedQuery query, List<SearchHit> hits, long total, List<SearchFacet> facets, long tookMillis) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public List<String> warnings() {
        return query.warnings();
    }
}
