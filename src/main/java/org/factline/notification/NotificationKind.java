package org.factline.notification;

/** Why someone is told. */
public enum NotificationKind {
    MENTION,
    REPLY,
    VERDICT_APPROVED,
    VERDICT_REJECTED,
    VERDICT_REOPENED
}
