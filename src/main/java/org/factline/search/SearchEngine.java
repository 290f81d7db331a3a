package org.factline.search;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which search backend holds the indexes: Lucene in this process (the default, one node, the index
 * on local disk, split into {@link SearchShards} by the application), or a remote engine shared by
 * every node (the cluster profile: OpenSearch or Elasticsearch, which shards, stores and analyses
 * by itself). The few places that work with Lucene's files, readers or analyzers directly ask here.
 */
@Component
class SearchEngine {

    static final String BACKEND_TYPE = "spring.jpa.properties.hibernate.search.backend.type";

    private final boolean remote;

    SearchEngine(Environment environment) {
        this.remote = remote(environment);
    }

    /** Whether the index is on a remote engine (no index directory, no local Lucene analyzers). */
    boolean remote() {
        return remote;
    }

    static boolean remote(Environment environment) {
        return !"lucene".equals(environment.getProperty(BACKEND_TYPE, "lucene"));
    }
}
