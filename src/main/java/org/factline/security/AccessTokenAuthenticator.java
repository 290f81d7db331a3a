package org.factline.security;

import java.util.Optional;

/**
 * Checks a personal access token presented to the API. Implemented by the user module, which owns
 * the tokens and the accounts: it answers only for a live token (not expired, not revoked) of an
 * enabled account, read from the database on every request so that a revocation or a disabled
 * account takes effect at once on every node.
 */
public interface AccessTokenAuthenticator {

    /** The token's grant, or empty when the token is unknown, expired, revoked or its owner disabled. */
    Optional<AccessTokenGrant> authenticate(String presentedToken);

    /**
     * A live token: who it acts as, with the owner's current roles.
     *
     * @param tokenId the token's id (rate limits and last-used time are kept per token)
     */
    record AccessTokenGrant(long tokenId, AppUserPrincipal owner, TokenScope scope) {}
}
