package org.factline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import tools.jackson.databind.json.JsonMapper;

/** What the remote engine (cluster profile) says about the indexes: their size on its disks. */
final class RemoteIndexStats {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RemoteIndexStats() {}

    /** Bytes of the primary shards of every index (replicas not counted), from the engine's stats. */
    static long sizeBytes(SearchMapping mapping) {
        String indexes = mapping.allIndexedEntities().stream()
                .map(e -> e.indexManager()
                        .unwrap(ElasticsearchIndexManager.class)
                        .descriptor()
                        .readName())
                .collect(Collectors.joining(","));
        RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        try {
            var response = client.performRequest(new Request("GET", "/" + indexes + "/_stats/store"));
            var stats = JSON.readTree(EntityUtils.toString(response.getEntity()));
            return stats.path("_all")
                    .path("primaries")
                    .path("store")
                    .path("size_in_bytes")
                    .asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
