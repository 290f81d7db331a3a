package org.factline.webhook;

import java.util.List;

/**
 * What a webhook tells a receiver about. The wire name goes into the payload's {@code type} and the
 * {@code X-Factline-Event} header; the constant's name is what the database stores.
 */
public enum WebhookEvent {
    VERDICT_APPROVED("verdict.approved", "Verdict approved"),
    VERDICT_REOPENED("verdict.reopened", "Verdict reopened"),
    /** Sent by an admin's "Send test event"; no endpoint subscribes to it. */
    TEST("webhook.test", "Test event");

    private final String wireName;
    private final String label;

    WebhookEvent(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    /** The events an endpoint can be configured to receive. */
    public static List<WebhookEvent> subscribable() {
        return List.of(VERDICT_APPROVED, VERDICT_REOPENED);
    }
}
