package org.factline.notification;

/** Why someone is told. */
public enum NotificationKind {
    MENTION,
    REPLY,
    VERDICT_APPROVED,
    VERDICT_REJECTED,
    VERDICT_REOPENED,
    /** An editor sent a proposed verdict back for more work. */
    VERDICT_MORE_WORK,
    /** A claim was assigned to you. */
    CLAIM_ASSIGNED,
    /** Someone else took a claim off you. */
    CLAIM_UNASSIGNED
}
