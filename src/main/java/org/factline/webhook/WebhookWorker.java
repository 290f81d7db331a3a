package org.factline.webhook;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.factline.base.Correlation;
import org.factline.base.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: every {@code factline.webhooks.poll-every} it claims each due row
 * (PENDING to SENDING, conditionally, so a row another node claimed is skipped), sends it outside
 * any transaction and records the outcome. Receivers are called in parallel on virtual threads,
 * so one slow receiver doesn't hold up the others. Rows a stopped node left in SENDING go back to
 * PENDING once they are older than any attempt can take; such an event may reach its receiver
 * twice, with the same id.
 */
@Component
class WebhookWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final int BATCH = 50;
    /** Far beyond connect plus read timeout: a claim this old belongs to a node that stopped. */
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final Clock clock;
    private final DatabaseHealth database;

    WebhookWorker(DeliveryQueue queue, WebhookSender sender, Clock clock, DatabaseHealth database) {
        this.database = database;
        this.queue = queue;
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${factline.webhooks.poll-every:10s}",
            initialDelayString = "${factline.webhooks.poll-every:10s}")
    void run() {
        if (!database.reachable()) {
            return; // the deliveries wait in the database; DatabaseHealth logs the outage once
        }
        try {
            deliverDue(clock.instant());
        } catch (RuntimeException e) {
            if (!database.handled(e)) {
                throw e;
            }
        }
    }

    /**
     * Makes one attempt at every delivery due by {@code dueBy} (tests pass a later time instead of
     * waiting for the backoff).
     *
     * @return how many attempts were made
     */
    int deliverDue(Instant dueBy) {
        int released = queue.releaseStale(clock.instant(), STALE_AFTER);
        if (released > 0) {
            log.info("{} webhook deliveries were left mid-send by a stopped node; they are due again", released);
        }
        List<Long> due = queue.due(dueBy, BATCH);
        var attempts = new AtomicInteger();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long id : due) {
                threads.execute(() -> {
                    try {
                        Correlation.call("webhook", () -> attempt(id)).ifPresent(d -> attempts.incrementAndGet());
                    } catch (RuntimeException e) {
                        // The row stays claimed and is released as stale, then tried again.
                        log.error("Webhook delivery {} could not be attempted", id, e);
                    }
                });
            }
        }
        return attempts.get();
    }

    /** One attempt at one delivery, if this worker gets to claim it; empty when someone else did. */
    Optional<DeliverySummary> attempt(long deliveryId) {
        return queue.claim(deliveryId, clock.instant()).flatMap(a -> {
            WebhookSender.Outcome outcome = sender.send(a.url(), a.secret(), a.event(), a.payload());
            Optional<DeliverySummary> recorded = queue.record(deliveryId, outcome, clock.instant());
            recorded.filter(d -> d.status() == DeliveryStatus.FAILED)
                    .ifPresent(d -> log.warn(
                            "Webhook delivery {} ({}) to {} failed after {} attempt(s): {}",
                            d.id(),
                            d.event().wireName(),
                            host(a.url()),
                            d.attempts(),
                            d.lastError()));
            return recorded;
        });
    }

    /** Only the host goes to the log: some receivers carry a token in the address. */
    private static String host(String url) {
        try {
            return String.valueOf(URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return "(invalid address)";
        }
    }
}
