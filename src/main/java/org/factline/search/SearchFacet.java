package org.factline.search;

import java.util.List;

/** Counts of the results per value of one filter, for the facet sidebar. */
public record SearchFacet(SearchFilter filter, String label, List<Value> values) {

    public SearchFacet {
        values = List.copyOf(values);
    }

    /** @param value what the filter matches; @param count results with it */
    public record Value(String value, long count) {}
}
