package org.factline.webhook.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.factline.webhook.DeliveryStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    boolean existsByEndpointIdAndEventId(long endpointId, String eventId);

    /** The newest deliveries to an endpoint first. */
    List<WebhookDelivery> findByEndpointIdOrderByCreatedAtDescIdDesc(long endpointId, Pageable page);

    /** Pending deliveries whose time has come, oldest due first, to enabled endpoints only. */
    @Query("select d.id from WebhookDelivery d where d.status = org.factline.webhook.DeliveryStatus.PENDING"
            + " and d.nextAttemptAt <= :now"
            + " and exists (select 1 from WebhookEndpoint e where e.id = d.endpointId and e.enabled = true)"
            + " order by d.nextAttemptAt, d.id")
    List<Long> findDue(Instant now, Pageable page);

    /**
     * Claims a due delivery for sending: PENDING to SENDING only if it is still PENDING, so of two
     * workers (or nodes) claiming the same row exactly one sees 1. The claim time goes into
     * {@code last_attempt_at}, which is how a claim left behind by a stopped node is found.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update WebhookDelivery d set d.status = org.factline.webhook.DeliveryStatus.SENDING,"
            + " d.lastAttemptAt = :now where d.id = :id and d.status = org.factline.webhook.DeliveryStatus.PENDING")
    int claim(long id, Instant now);

    /** Makes a pending or failed delivery due now ("retry now"); 0 when it is in neither state. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update WebhookDelivery d set d.status = org.factline.webhook.DeliveryStatus.PENDING,"
            + " d.nextAttemptAt = :now where d.id = :id and d.status in :from")
    int requeue(long id, Collection<DeliveryStatus> from, Instant now);

    /** Gives back deliveries claimed before {@code cutoff} and never finished (the node stopped mid-send). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update WebhookDelivery d set d.status = org.factline.webhook.DeliveryStatus.PENDING"
            + " where d.status = org.factline.webhook.DeliveryStatus.SENDING and d.lastAttemptAt < :cutoff")
    int releaseStale(Instant cutoff);
}
