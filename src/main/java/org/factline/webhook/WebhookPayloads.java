package org.factline.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.factline.publish.PublishingSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON bodies of webhook events (docs/webhooks.md). The claim's public page address is built
 * from {@code factline.public-url}, never from a request.
 */
@Component
class WebhookPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The public address as the admins' Publishing settings (or the environment) give it now. */
    private final PublishingSettings site;

    WebhookPayloads(PublishingSettings site) {
        this.site = site;
    }

    /**
     * The id of a decision's event: the same whenever the same decision reaches the listener, so a
     * redelivered event queues nothing new and receivers can rely on it to drop duplicates.
     */
    static String eventId(WebhookEvent event, long claimId, Instant decidedAt) {
        String name = event.wireName() + "|" + claimId + "|" + decidedAt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    String verdictEvent(
            WebhookEvent event, String id, Instant occurredAt, long claimId, String claimText, String verdict) {
        return JSON.writeValueAsString(envelope(
                event,
                id,
                occurredAt,
                claimId,
                claimText,
                verdict,
                site.current().absolute("/published/claims/" + claimId)));
    }

    /** A test event: the shape of a real one, with a sample claim (id 0) that doesn't exist. */
    String testEvent(String id, Instant occurredAt) {
        return JSON.writeValueAsString(envelope(
                WebhookEvent.TEST,
                id,
                occurredAt,
                0,
                "A test event from Factline: no verdict was decided.",
                "True",
                site.current().absolute("/published")));
    }

    private static ObjectNode envelope(
            WebhookEvent event,
            String id,
            Instant occurredAt,
            long claimId,
            String claimText,
            String verdict,
            String url) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        root.put("type", event.wireName());
        root.put("occurredAt", occurredAt.truncatedTo(ChronoUnit.MILLIS).toString());
        ObjectNode claim = root.putObject("claim");
        claim.put("id", claimId);
        claim.put("text", claimText);
        claim.put("verdict", verdict);
        claim.put("url", url);
        return root;
    }
}
