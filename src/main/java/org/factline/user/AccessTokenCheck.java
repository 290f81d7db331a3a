package org.factline.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.factline.security.AccessTokenAuthenticator;
import org.factline.security.AppUserPrincipal;
import org.factline.user.domain.AccessToken;
import org.factline.user.domain.AccessTokenRepository;
import org.factline.user.domain.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the API's question "whose token is this?" on every request. Runs before anyone is
 * authenticated, so it carries no role check. The owner's account is read in the same query, so a
 * disabled account or a changed role counts from the next request on, on every node.
 */
@Service
@Transactional
class AccessTokenCheck implements AccessTokenAuthenticator {

    /** Last-used time is written at most this often per token. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final AccessTokenRepository tokens;
    private final AccountUserDetailsService accounts;
    private final Clock clock;

    AccessTokenCheck(AccessTokenRepository tokens, AccountUserDetailsService accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Optional<AccessTokenGrant> authenticate(String presentedToken) {
        if (!AccessTokenSecrets.looksLikeToken(presentedToken)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccessToken> found = tokens.findByTokenHash(AccessTokenSecrets.hash(presentedToken))
                .filter(t -> t.isLive(now))
                .filter(t -> t.getOwner().isEnabled());
        found.ifPresent(t -> tokens.recordUse(t.getId(), now, now.minus(LAST_USED_PRECISION)));
        return found.map(t -> new AccessTokenGrant(t.getId(), principal(t.getOwner()), t.getScope()));
    }

    private AppUserPrincipal principal(UserAccount owner) {
        var principal = (AppUserPrincipal) accounts.loadUserByUsername(owner.getUsername());
        principal.eraseCredentials();
        return principal;
    }
}
