package org.factline.claim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * Who voted on which claim, read-only: the claims list's "needs my vote" filter joins it in SQL
 * (a {@code not exists} over the unique index {@code (claim_id, username)}). The vote module owns
 * and writes the table; the claim module only reads these two columns, so it still doesn't depend
 * on the vote module's code.
 */
@Entity
@Immutable
@Table(name = "vote")
public class ClaimVoter {

    @Id
    @Column(name = "id")
    private Long id = 0L;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "username", nullable = false, length = 40)
    private String username = "";

    protected ClaimVoter() {}

    public long getClaimId() {
        return claimId;
    }

    public String getUsername() {
        return username;
    }
}
