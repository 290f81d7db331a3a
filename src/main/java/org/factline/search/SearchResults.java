package org.factline.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of results with the total, the facets of all results and what the parser noticed.
 *
 * @param total exact when {@code totalExact}, otherwise at least this many
 * @param fuzzy no document had every word as written; these results allow typos
 * @param corrections with {@code fuzzy}: each typed word → the word of the hits it matched
 *     ({@code Deepsek} → {@code DeepSeek}); the hits are highlighted for these
 */
public record SearchResults(
        ParsedQuery query,
        List<SearchHit> hits,
        long total,
        boolean totalExact,
        boolean fuzzy,
        Map<String, String> corrections,
        List<SearchFacet> facets,
        long tookMillis) {

    public SearchResults {
        hits = List.copyOf(hits);
        corrections = Collections.unmodifiableMap(new LinkedHashMap<>(corrections));
        facets = List.copyOf(facets);
    }

    public List<String> warnings() {
        return query.warnings();
    }

    SearchResults withFacets(List<SearchFacet> values) {
        return new SearchResults(query, hits, total, totalExact, fuzzy, corrections, values, tookMillis);
    }

    /** The typed query with the corrections in place ("Did you mean …?"), or null without any. */
    public @Nullable String didYouMean(String queryText) {
        if (!fuzzy || corrections.isEmpty()) {
            return null;
        }
        String corrected = TypoCorrections.apply(queryText, corrections);
        return corrected.equals(queryText) ? null : corrected;
    }
}
