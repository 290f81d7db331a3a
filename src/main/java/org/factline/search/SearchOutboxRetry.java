package org.factline.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
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
 * still indexed by one node only.
 */
@Component
@ConditionalOnProperty(
        name = "spring.jpa.properties.hibernate.search.coordination.strategy",
        havingValue = "outbox-polling")
class SearchOutboxRetry {

    private static final Logger log = LoggerFactory.getLogger(SearchOutboxRetry.class);

    private final EntityManagerFactory entityManagerFactory;

    SearchOutboxRetry(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Scheduled(
            fixedDelayString = "${factline.search.outbox-retry-every:10s}",
            initialDelayString = "${factline.search.outbox-retry-every:10s}")
    void retryAborted() {
        var outbox = Search.mapping(entityManagerFactory).extension(OutboxPollingExtension.get());
        if (outbox.countAbortedEvents() > 0) {
            int again = outbox.reprocessAbortedEvents();
            log.info("Search outbox: {} changes the search engine could not take are queued again", again);
        }
    }
}
