package org.factline.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With outbox-polling coordination (cluster profile), a change the engine could not take is tried
 * three times, {@code retry_delay} apart, and then set aside as aborted. An outage outlasts that:
 * this puts aborted changes back in line every few seconds, so whatever waited in the outbox reaches
 * the index once the engine is back, however long it was away. Every node may run it; a change is
 * still indexed by one node only. It also tells {@link SearchFailureLog} when the engine answers
 * again after an outage it reported.
 */
@Component
@ConditionalOnProperty(
        name = "spring.jpa.properties.hibernate.search.coordination.strategy",
        havingValue = "outbox-polling")
class SearchOutboxRetry {

    private static final Logger log = LoggerFactory.getLogger(SearchOutboxRetry.class);

    private final EntityManagerFactory entityManagerFactory;
    private final SearchFailureLog failures;

    SearchOutboxRetry(EntityManagerFactory entityManagerFactory, SearchFailureLog failures) {
        this.entityManagerFactory = entityManagerFactory;
        this.failures = failures;
    }

    @Scheduled(
            fixedDelayString = "${factline.search.outbox-retry-every:10s}",
            initialDelayString = "${factline.search.outbox-retry-every:10s}")
    void retryAborted() {
        var mapping = Search.mapping(entityManagerFactory);
        if (failures.inOutage() && answers(mapping)) {
            failures.engineAnswers();
        }
        var outbox = mapping.extension(OutboxPollingExtension.get());
        if (outbox.countAbortedEvents() > 0) {
            int again = outbox.reprocessAbortedEvents();
            log.info("Search outbox: {} changes the search engine could not take are queued again", again);
        }
    }

    /** Whether the engine answers a request for its root (name and version) now. */
    private static boolean answers(SearchMapping mapping) {
        try {
            mapping.backend()
                    .unwrap(ElasticsearchBackend.class)
                    .client(RestClient.class)
                    .performRequest(new Request("GET", "/"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
