package org.factline.presence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One person looking at one page, last seen at a time. Keyed by page and person (no version: a
 * heartbeat simply moves {@code seenAt}, and concurrent heartbeats may both win).
 */
@Entity
@Table(name = "presence")
@IdClass(Presence.Key.class)
public class Presence {

    public record Key(String topic, String username) implements Serializable {
        public Key() {
            this("", "");
        }
    }

    public static final int TOPIC_MAX_LENGTH = 100;

    @Id
    @Column(name = "topic")
    private String topic;

    @Id
    @Column(name = "username")
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected Presence() {
        this.topic = "";
        this.username = "";
        this.displayName = "";
        this.seenAt = Instant.EPOCH;
    }

    public Presence(String topic, String username, String displayName, Instant seenAt) {
        this.topic = topic;
        this.username = username;
        this.displayName = displayName;
        this.seenAt = seenAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
