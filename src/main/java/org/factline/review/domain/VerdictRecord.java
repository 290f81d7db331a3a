package org.factline.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factline.base.domain.AbstractEntity;
import org.factline.claim.Verdict;
import org.factline.review.VerdictState;
import org.jspecify.annotations.Nullable;

/** One proposed or decided verdict on a claim. */
@Entity
@Table(name = "verdict")
public class VerdictRecord extends AbstractEntity {

    public static final int SUMMARY_MAX_LENGTH = 1000;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "label", nullable = false, length = 15)
    private Verdict label;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX_LENGTH)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private VerdictState state = VerdictState.PROPOSED;

    @Column(name = "proposed_by", nullable = false, length = 40)
    private String proposedBy;

    @Column(name = "decided_by", length = 40)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "reason", length = SUMMARY_MAX_LENGTH)
    private @Nullable String reason;

    protected VerdictRecord() {
        this.label = Verdict.UNVERIFIABLE;
        this.summary = "";
        this.proposedBy = "";
    }

    public VerdictRecord(long claimId, Verdict label, String summary, String proposedBy) {
        this.claimId = claimId;
        this.label = label;
        this.summary = summary;
        this.proposedBy = proposedBy;
    }

    public void decide(VerdictState outcome, String by, Instant at, @Nullable String reason) {
        this.state = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = reason;
    }

    public void supersede() {
        this.state = VerdictState.SUPERSEDED;
    }

    public long getClaimId() {
        return claimId;
    }

    public Verdict getLabel() {
        return label;
    }

    public String getSummary() {
        return summary;
    }

    public VerdictState getState() {
        return state;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
