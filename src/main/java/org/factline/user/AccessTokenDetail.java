package org.factline.user;

import java.time.Instant;
import org.factline.security.TokenScope;
import org.jspecify.annotations.Nullable;

/**
 * A personal access token as its owner and admins see it: never the secret, only its first
 * characters.
 *
 * @param prefix the token's first characters ({@code flt_1a2b3c4d}), to tell tokens apart
 */
public record AccessTokenDetail(
        long id,
        String name,
        TokenScope scope,
        String prefix,
        String owner,
        String ownerName,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        Status status) {

    public enum Status {
        ACTIVE("Active"),
        EXPIRED("Expired"),
        REVOKED("Revoked");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
