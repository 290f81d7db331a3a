package org.factline.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction of an editor's decision on a claim's verdict, so the people who
 * worked on the claim can be told (the notification module listens) and systems outside Factline
 * hear of approvals and reopenings (the webhook module).
 *
 * @param verdict the label of the verdict decided on ("Mostly false")
 * @param proposedBy who proposed the verdict decided on
 * @param reason the editor's reason when sending a proposal back, or their message when asking
 *     for more work
 * @param assignee who the claim is assigned to, if anyone
 * @param decidedAt when the editor decided (a listener may run later, after a redelivery)
 */
public record VerdictDecided(
        long claimId,
        String claimText,
        String claimCreatedBy,
        Decision decision,
        String verdict,
        String proposedBy,
        String decidedBy,
        @Nullable String reason,
        @Nullable String assignee,
        Instant decidedAt) {

    public enum Decision {
        APPROVED,
        REJECTED,
        REOPENED,
        /** Back to review with a message for the fact-checkers. */
        MORE_WORK
    }
}
