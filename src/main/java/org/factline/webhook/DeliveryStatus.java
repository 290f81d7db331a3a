package org.factline.webhook;

/** Where a delivery of one event to one endpoint stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt (the first one, or a retry after backoff). */
    PENDING("Pending"),
    /** Claimed by a worker, which is sending it now. */
    SENDING("Sending"),
    /** The receiver answered 2xx. */
    DELIVERED("Delivered"),
    /** Every attempt failed; only "retry now" sends it again. */
    FAILED("Failed");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
