package org.factline.claim;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that changed who works on a claim (the notification module tells
 * the people concerned).
 *
 * @param assignee who works on it now, null when nobody does
 * @param previous who worked on it before, null when nobody did
 * @param by who made the change
 */
public record ClaimAssigned(
        long claimId,
        String claimText,
        @Nullable String assignee,
        @Nullable String previous,
        String by) {}
