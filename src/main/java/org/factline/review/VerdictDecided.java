package org.factline.review;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction of an editor's decision on a claim's verdict, so the people who
 * worked on the claim can be told (the notification module listens).
 *
 * @param verdict the label of the verdict decided on ("Mostly false")
 * @param proposedBy who proposed the verdict decided on
 * @param reason the editor's reason when sending a proposal back
 */
public record VerdictDecided(
        long claimId,
        String claimText,
        String claimCreatedBy,
        Decision decision,
        String verdict,
        String proposedBy,
        String decidedBy,
        @Nullable String reason) {

    public enum Decision {
        APPROVED,
        REJECTED,
        REOPENED
    }
}
