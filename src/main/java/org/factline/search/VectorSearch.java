package org.factline.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the search index holds the {@code meaning} vector field and answers kNN queries. On
 * Lucene (the default) it does. On OpenSearch it needs the k-NN plugin, and no build of that plugin
 * for the OpenSearch version the cluster profile pairs with is to be had, so the cluster profile
 * sets {@code factline.search.vectors=false}: the field is not mapped, "similar claims" and the
 * matching of article sentences fall back to word similarity, and the search page's "by meaning"
 * mode says it is unavailable (docs/scaling.md).
 */
@Component
public class VectorSearch {

    private final boolean enabled;

    VectorSearch(@Value("${factline.search.vectors:true}") boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether vectors are indexed and kNN queries are used. */
    public boolean enabled() {
        return enabled;
    }
}
