package org.factline.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.factline.base.ItemNotFoundException;
import org.factline.webhook.domain.WebhookDelivery;
import org.factline.webhook.domain.WebhookDeliveryRepository;
import org.factline.webhook.domain.WebhookEndpoint;
import org.factline.webhook.domain.WebhookEndpointRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery rows as a queue: what is queued, claimed and recorded, each step a short
 * transaction of its own so no transaction is open while a receiver is being called.
 */
@Component
@Transactional
class DeliveryQueue {

    /** What the sender needs for one attempt. */
    record Attempt(long deliveryId, String url, String secret, WebhookEvent event, String payload) {

        @Override
        public String toString() {
            return "Attempt[delivery=" + deliveryId + ", event=" + event + "]";
        }
    }

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final WebhookProperties properties;

    DeliveryQueue(
            WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints, WebhookProperties properties) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.properties = properties;
    }

    /**
     * Queues an event for every enabled endpoint that receives it, once per endpoint: an event
     * that reaches the listener again queues nothing new. Joins the listener's transaction.
     *
     * @return how many deliveries were queued
     */
    int enqueueForSubscribers(WebhookEvent event, String eventId, String payload, Instant now) {
        int queued = 0;
        for (WebhookEndpoint endpoint : endpoints.findSubscribed(event)) {
            if (!deliveries.existsByEndpointIdAndEventId(endpoint.getId(), eventId)) {
                deliveries.save(new WebhookDelivery(endpoint.getId(), event, eventId, payload, now));
                queued++;
            }
        }
        return queued;
    }

    /** Queues one delivery to one endpoint, due now. */
    long enqueue(long endpointId, WebhookEvent event, String eventId, String payload, Instant now) {
        return deliveries
                .save(new WebhookDelivery(endpointId, event, eventId, payload, now))
                .getId();
    }

    @Transactional(readOnly = true)
    List<Long> due(Instant now, int max) {
        return deliveries.findDue(now, PageRequest.of(0, max));
    }

    /**
     * Claims a delivery (PENDING to SENDING, only if still pending) and reads what sending it
     * needs. Empty when another worker or node claimed it first, or it is gone.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<Attempt> claim(long deliveryId, Instant now) {
        if (deliveries.claim(deliveryId, now) == 0) {
            return Optional.empty();
        }
        WebhookDelivery d = deliveries.findById(deliveryId).orElseThrow();
        return endpoints
                .findById(d.getEndpointId())
                .map(e -> new Attempt(deliveryId, e.getUrl(), e.getSecret(), d.getEventType(), d.getPayload()));
    }

    /**
     * Records how an attempt went: delivered, due again after the backoff, or failed for good. A
     * test event gets one attempt, and so does a delivery that was already out of attempts when an
     * admin pressed "retry now".
     *
     * @return the delivery as it is now, or empty when its endpoint was deleted meanwhile
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<DeliverySummary> record(long deliveryId, WebhookSender.Outcome outcome, Instant now) {
        return deliveries.findById(deliveryId).map(d -> {
            if (outcome.delivered()) {
                d.delivered(outcome.responseCode() == null ? 200 : outcome.responseCode(), now);
            } else {
                int failures = d.getAttempts() + 1;
                @Nullable
                Duration wait = d.getEventType() == WebhookEvent.TEST ? null : properties.delayAfter(failures);
                d.failed(
                        outcome.responseCode(),
                        outcome.error() == null ? "Not delivered." : outcome.error(),
                        now,
                        wait == null ? null : now.plus(wait));
            }
            return summary(d);
        });
    }

    /**
     * Makes a pending or failed delivery due now.
     *
     * @throws ItemNotFoundException when it no longer exists
     * @return false when it is neither pending nor failed (being sent, or delivered)
     */
    boolean requeue(long deliveryId, Instant now) {
        if (!deliveries.existsById(deliveryId)) {
            throw new ItemNotFoundException("This delivery no longer exists.");
        }
        return deliveries.requeue(deliveryId, EnumSet.of(DeliveryStatus.PENDING, DeliveryStatus.FAILED), now) == 1;
    }

    /** Frees deliveries claimed longer ago than any attempt can take: their node stopped mid-send. */
    int releaseStale(Instant now, Duration after) {
        return deliveries.releaseStale(now.minus(after));
    }

    @Transactional(readOnly = true)
    Optional<DeliverySummary> get(long deliveryId) {
        return deliveries.findById(deliveryId).map(DeliveryQueue::summary);
    }

    static DeliverySummary summary(WebhookDelivery d) {
        return new DeliverySummary(
                d.getId(),
                d.getEndpointId(),
                d.getEventType(),
                d.getEventId(),
                d.getStatus(),
                d.getAttempts(),
                d.getLastResponseCode(),
                d.getLastError(),
                d.getCreatedAt(),
                d.getLastAttemptAt(),
                d.getNextAttemptAt(),
                d.getDeliveredAt());
    }
}
