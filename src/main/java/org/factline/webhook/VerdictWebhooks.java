package org.factline.webhook;

import java.time.Clock;
import java.time.Instant;
import org.factline.review.VerdictDecided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Queues a webhook delivery for each endpoint that wants an editor's approval or reopening, once
 * the decision committed, in a transaction of its own: a delivery that can't be queued stays an
 * incomplete event publication (delivered again later) and never undoes the decision. Sending is
 * the worker's.
 */
@Component
class VerdictWebhooks {

    private final WebhookPayloads payloads;
    private final DeliveryQueue queue;
    private final Clock clock;

    VerdictWebhooks(WebhookPayloads payloads, DeliveryQueue queue, Clock clock) {
        this.payloads = payloads;
        this.queue = queue;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(VerdictDecided d) {
        WebhookEvent event = switch (d.decision()) {
            case APPROVED -> WebhookEvent.VERDICT_APPROVED;
            case REOPENED -> WebhookEvent.VERDICT_REOPENED;
            case REJECTED, MORE_WORK -> null;
        };
        if (event == null) {
            return;
        }
        // Publications stored by a release before decidedAt existed come back without it.
        Instant at = d.decidedAt() == null ? clock.instant() : d.decidedAt();
        String id = WebhookPayloads.eventId(event, d.claimId(), at);
        queue.enqueueForSubscribers(
                event,
                id,
                payloads.verdictEvent(event, id, at, d.claimId(), d.claimText(), d.verdict()),
                clock.instant());
    }
}
