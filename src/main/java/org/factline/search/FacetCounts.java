package org.factline.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds up the facet counts the shards return for the same values. */
final class FacetCounts {

    private FacetCounts() {}

    static <K> Map<K, Long> merge(List<Map<K, Long>> shards) {
        var total = new HashMap<K, Long>();
        shards.forEach(counts -> counts.forEach((value, count) -> total.merge(value, count, Long::sum)));
        return total;
    }
}
