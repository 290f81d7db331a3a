package org.factline.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One delivery of one event to one endpoint, as the delivery log shows it.
 *
 * @param eventId the event's id in the payload, the same on every attempt
 * @param lastResponseCode the receiver's HTTP status at the last attempt, if it answered
 * @param lastError why the last attempt failed, if it did
 * @param nextAttemptAt when a pending delivery is tried next
 */
public record DeliverySummary(
        long id,
        long endpointId,
        WebhookEvent event,
        String eventId,
        DeliveryStatus status,
        int attempts,
        @Nullable Integer lastResponseCode,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant lastAttemptAt,
        Instant nextAttemptAt,
        @Nullable Instant deliveredAt) {

    /** Failed for good, or waiting after a failed attempt: "retry now" makes sense. */
    public boolean retryable() {
        return status == DeliveryStatus.FAILED || (status == DeliveryStatus.PENDING && attempts > 0);
    }
}
