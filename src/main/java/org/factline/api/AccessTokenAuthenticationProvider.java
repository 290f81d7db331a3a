package org.factline.api;

import org.factline.base.DatabaseFailures;
import org.factline.security.AccessTokenAuthentication;
import org.factline.security.AccessTokenAuthenticator;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Turns a presented bearer token into the owner's authentication, or refuses it. */
final class AccessTokenAuthenticationProvider implements AuthenticationProvider {

    private final AccessTokenAuthenticator tokens;

    AccessTokenAuthenticationProvider(AccessTokenAuthenticator tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String presented = String.valueOf(authentication.getCredentials());
        try {
            return tokens.authenticate(presented)
                    .map(AccessTokenAuthentication::new)
                    .orElseThrow(() -> new BadCredentialsException(
                            "The token is unknown, expired or revoked, or its owner's account is disabled."));
        } catch (RuntimeException e) {
            if (e instanceof BadCredentialsException || !DatabaseFailures.unreachable(e)) {
                throw e;
            }
            // The filter's failure handler answers 503 (not 401: the token may well be good).
            throw new AuthenticationServiceException(DatabaseFailures.MESSAGE, e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
