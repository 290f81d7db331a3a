package org.factline.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factline.base.domain.AbstractEntity;
import org.factline.security.TokenScope;
import org.jspecify.annotations.Nullable;

/** A personal access token: its owner, scope, expiry and the SHA-256 of the secret (never the secret). */
@Entity
@Table(name = "access_token")
public class AccessToken extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 80;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount owner;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 20)
    private TokenScope scope;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    /** The first characters of the token, shown so people can tell their tokens apart. */
    @Column(name = "token_prefix", nullable = false, updatable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "expires_at", updatable = false)
    private @Nullable Instant expiresAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by", length = 40)
    private @Nullable String revokedBy;

    protected AccessToken() {
        this.owner = null;
        this.name = "";
        this.scope = TokenScope.READ;
        this.tokenHash = "";
        this.tokenPrefix = "";
    }

    public AccessToken(
            UserAccount owner,
            String name,
            TokenScope scope,
            String tokenHash,
            String tokenPrefix,
            @Nullable Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.expiresAt = expiresAt;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public @Nullable Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public @Nullable String getRevokedBy() {
        return revokedBy;
    }

    public boolean isLive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public void revoke(Instant at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }
}
