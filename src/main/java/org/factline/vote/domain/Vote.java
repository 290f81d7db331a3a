package org.factline.vote.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.factline.base.domain.AbstractEntity;
import org.factline.claim.Verdict;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "vote")
public class Vote extends AbstractEntity {

    public static final int REASON_MAX_LENGTH = 300;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "username", nullable = false, length = 40)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, length = 15)
    private Verdict verdict;

    @Column(name = "reason", length = REASON_MAX_LENGTH)
    private @Nullable String reason;

    protected Vote() {
        this.username = "";
        this.verdict = Verdict.UNVERIFIABLE;
    }

    public Vote(long claimId, String username, Verdict verdict, @Nullable String reason) {
        this.claimId = claimId;
        this.username = username;
        this.verdict = verdict;
        this.reason = reason;
    }

    public void change(Verdict verdict, @Nullable String reason) {
        this.verdict = verdict;
        this.reason = reason;
    }

    public long getClaimId() {
        return claimId;
    }

    public String getUsername() {
        return username;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
