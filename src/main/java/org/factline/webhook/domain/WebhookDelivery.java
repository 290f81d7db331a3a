package org.factline.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factline.base.domain.AbstractEntity;
import org.factline.webhook.DeliveryStatus;
import org.factline.webhook.WebhookEvent;
import org.jspecify.annotations.Nullable;

/**
 * One event on its way to one endpoint: the body to send, and how the attempts went. The worker
 * claims a due row by moving it from PENDING to SENDING with a conditional update
 * ({@link WebhookDeliveryRepository#claim}), then records the outcome here.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends AbstractEntity {

    public static final int ERROR_MAX_LENGTH = 500;
    public static final int PAYLOAD_MAX_LENGTH = 20000;

    @Column(name = "endpoint_id", nullable = false)
    private long endpointId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private WebhookEvent eventType;

    @Column(name = "payload", nullable = false, length = PAYLOAD_MAX_LENGTH)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private @Nullable Instant lastAttemptAt;

    @Column(name = "last_response_code")
    private @Nullable Integer lastResponseCode;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private @Nullable String lastError;

    @Column(name = "delivered_at")
    private @Nullable Instant deliveredAt;

    protected WebhookDelivery() {
        this.eventId = "";
        this.eventType = WebhookEvent.TEST;
        this.payload = "";
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = Instant.EPOCH;
    }

    /** A delivery due at {@code now}. */
    public WebhookDelivery(long endpointId, WebhookEvent eventType, String eventId, String payload, Instant now) {
        this.endpointId = endpointId;
        this.eventType = eventType;
        this.eventId = eventId;
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
    }

    /** The receiver answered 2xx. */
    public void delivered(int responseCode, Instant at) {
        attempted(at, responseCode, null);
        status = DeliveryStatus.DELIVERED;
        deliveredAt = at;
    }

    /**
     * An attempt failed.
     *
     * @param retryAt when to try again, or null when this was the last attempt
     */
    public void failed(@Nullable Integer responseCode, String error, Instant at, @Nullable Instant retryAt) {
        attempted(at, responseCode, error.length() <= ERROR_MAX_LENGTH ? error : error.substring(0, ERROR_MAX_LENGTH));
        status = retryAt == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        nextAttemptAt = retryAt == null ? at : retryAt;
    }

    private void attempted(Instant at, @Nullable Integer responseCode, @Nullable String error) {
        attempts++;
        lastAttemptAt = at;
        lastResponseCode = responseCode;
        lastError = error;
    }

    public long getEndpointId() {
        return endpointId;
    }

    public String getEventId() {
        return eventId;
    }

    public WebhookEvent getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public @Nullable Integer getLastResponseCode() {
        return lastResponseCode;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public @Nullable Instant getDeliveredAt() {
        return deliveredAt;
    }
}
