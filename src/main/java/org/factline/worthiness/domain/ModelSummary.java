package org.factline.worthiness.domain;

import java.time.Instant;

/** A retrained model without its (large) weights: for the admin page. */
public record ModelSummary(
        String name,
        Instant createdAt,
        String createdBy,
        int trainingItems,
        int heldOutItems,
        String previousName,
        double previousScore,
        double newScore,
        boolean active) {}
