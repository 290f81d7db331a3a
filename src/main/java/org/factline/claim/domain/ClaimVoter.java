package org.factline.claim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * Who has voted on which claim, kept by the claim module itself (written through {@code
 * ClaimVoting.recordVote} in each vote's transaction), so the claims list's "needs my vote" filter
 * is a {@code not exists} over the claim module's own table and never reads the vote module's.
 */
@Entity
@Immutable
@Table(name = "claim_voter")
@IdClass(ClaimVoter.Key.class)
public class ClaimVoter {

    @Id
    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Id
    @Column(name = "username", nullable = false, length = 40)
    private String username = "";

    protected ClaimVoter() {}

    public long getClaimId() {
        return claimId;
    }

    public String getUsername() {
        return username;
    }

    /** The primary key: one row per person per claim. */
    public record Key(long claimId, String username) implements Serializable {}
}
