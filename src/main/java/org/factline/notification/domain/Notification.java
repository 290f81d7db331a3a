package org.factline.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factline.base.domain.AbstractEntity;
import org.factline.notification.NotificationKind;
import org.jspecify.annotations.Nullable;

/** Something one person should look at; unread until they open it or mark all read. */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    public static final int MESSAGE_MAX_LENGTH = 500;

    @Column(name = "recipient", nullable = false, updatable = false, length = 40)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "actor", nullable = false, updatable = false, length = 40)
    private String actor;

    @Column(name = "message", nullable = false, updatable = false, length = MESSAGE_MAX_LENGTH)
    private String message;

    @Column(name = "link", nullable = false, updatable = false, length = 200)
    private String link;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {
        this.recipient = "";
        this.kind = NotificationKind.MENTION;
        this.actor = "";
        this.message = "";
        this.link = "";
    }

    public Notification(String recipient, NotificationKind kind, String actor, String message, String link) {
        this.recipient = recipient;
        this.kind = kind;
        this.actor = actor;
        this.message = message.length() <= MESSAGE_MAX_LENGTH
                ? message
                : message.substring(0, MESSAGE_MAX_LENGTH - 1) + "\u2026";
        this.link = link;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getMessage() {
        return message;
    }

    public String getLink() {
        return link;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }
}
