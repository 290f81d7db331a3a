package org.factline;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The engines of a cluster test: embedded PostgreSQL and the JVM's OpenSearch node, as properties. */
public final class ClusterEngines {

    private ClusterEngines() {}

    public static EmbeddedPostgres postgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL server", e);
        }
    }

    /** What the cluster profile reads from FACTLINE_DB_URL, FACTLINE_SEARCH_HOSTS etc., for tests. */
    public static Map<String, String> properties(EmbeddedPostgres postgres, OpenSearchNode node) {
        var properties = new LinkedHashMap<String, String>();
        properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        // The servers stop before the context closes: fail fast rather than wait out the timeouts.
        properties.put("spring.datasource.hikari.connection-timeout", "1000");
        properties.put("spring.jpa.properties.hibernate.search.backend.hosts", node.hosts());
        // The test profile indexes synchronously; outbox polling is asynchronous by nature and
        // refuses the setting: empty is unset.
        properties.put("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "");
        // An outage test should not wait out production's retry delays.
        properties.put("spring.jpa.properties.hibernate.search.coordination.event_processor.retry_delay", "1");
        properties.put("factline.search.outbox-retry-every", "2s");
        return properties;
    }

    public static void properties(DynamicPropertyRegistry registry, EmbeddedPostgres postgres, OpenSearchNode node) {
        properties(postgres, node).forEach((key, value) -> registry.add(key, () -> value));
    }
}
