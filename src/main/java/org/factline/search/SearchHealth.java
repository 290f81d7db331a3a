package org.factline.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search module's part of {@code /actuator/health} (both in the readiness group): {@code search}
 * asks the backend a query — Lucene in this process, or the shared OpenSearch/Elasticsearch engine
 * on the cluster profile — and is DOWN when it can't answer; {@code searchIndex} is OUT_OF_SERVICE
 * while the index is rebuilt (at start-up after a lost or outdated index, or by an admin), because
 * results are incomplete until it is done. A balancer then sends people to a node that is ready.
 */
@Configuration(proxyBeanMethods = false)
class SearchHealth {

    static final Status REBUILDING = Status.OUT_OF_SERVICE;

    @Bean
    HealthIndicator searchHealthIndicator(EntityManagerFactory entityManagerFactory, SearchEngine engine) {
        String backend = engine.remote() ? "opensearch" : "lucene";
        return () -> {
            try (var entityManager = entityManagerFactory.createEntityManager()) {
                long documents = Search.session(entityManager)
                        .search(Object.class)
                        .where(f -> f.matchAll())
                        .fetchTotalHitCount();
                return Health.up()
                        .withDetail("backend", backend)
                        .withDetail("documents", documents)
                        .build();
            } catch (RuntimeException e) {
                return Health.down()
                        .withDetail("backend", backend)
                        .withDetail(
                                "error",
                                SearchUnavailableException.unreachable(e)
                                        ? "the search engine can't be reached"
                                        : String.valueOf(e.getMessage()))
                        .build();
            }
        };
    }

    @Bean
    HealthIndicator searchIndexHealthIndicator(SearchIndexService indexes) {
        return () -> {
            RebuildProgress rebuild = indexes.currentRebuild();
            if (rebuild.running()) {
                return Health.status(REBUILDING)
                        .withDetail("rebuild", "running")
                        .withDetail("done", rebuild.done())
                        .withDetail("total", rebuild.total())
                        .build();
            }
            return Health.up()
                    .withDetail("rebuild", rebuild.state().name().toLowerCase(java.util.Locale.ROOT))
                    .build();
        };
    }
}
