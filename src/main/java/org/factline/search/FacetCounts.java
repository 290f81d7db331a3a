package org.factline.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds up the facet counts the shards return for the same values. */
final class FacetCounts {

    private FacetCounts() {}

    private static <K> Map<K, Long> merge(List<Map<K, Long>> shards) {
        var total = new HashMap<K, Long>();
        shards.forEach(counts -> counts.forEach((value, count) -> total.merge(value, count, Long::sum)));
        return total;
    }

    /** The merged counts, the first {@code limit} values in {@code order}. */
    static <K> List<SearchFacet.Value> top(List<Map<K, Long>> shards, Comparator<Map.Entry<K, Long>> order, int limit) {
        return merge(shards).entrySet().stream()
                .sorted(order)
                .limit(limit)
                .map(e -> new SearchFacet.Value(String.valueOf(e.getKey()), e.getValue()))
                .toList();
    }
}
