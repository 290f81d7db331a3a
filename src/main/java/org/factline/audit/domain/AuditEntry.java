package org.factline.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Append-only: no version, no setters. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int SUMMARY_MAX_LENGTH = 500;
    public static final int STATE_MAX_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    @Column(name = "target_type", nullable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", length = 100)
    private @Nullable String targetId;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX_LENGTH)
    private String summary;

    @Column(name = "before_state", length = STATE_MAX_LENGTH)
    private @Nullable String beforeState;

    @Column(name = "after_state", length = STATE_MAX_LENGTH)
    private @Nullable String afterState;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = "";
        this.targetType = "";
        this.summary = "";
    }

    public AuditEntry(
            Instant occurredAt,
            String actor,
            String action,
            String targetType,
            @Nullable String targetId,
            String summary,
            @Nullable String beforeState,
            @Nullable String afterState) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.summary = clip(summary, SUMMARY_MAX_LENGTH);
        this.beforeState = beforeState == null ? null : clip(beforeState, STATE_MAX_LENGTH);
        this.afterState = afterState == null ? null : clip(afterState, STATE_MAX_LENGTH);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public @Nullable String getTargetId() {
        return targetId;
    }

    public String getSummary() {
        return summary;
    }

    public @Nullable String getBeforeState() {
        return beforeState;
    }

    public @Nullable String getAfterState() {
        return afterState;
    }
}
