package org.factline.api;

import org.factline.security.AccessTokenAuthentication;
import org.factline.security.AccessTokenAuthenticator;
import org.springframework.security.authentication.AuthenticationProvider;
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
        return tokens.authenticate(presented)
                .map(AccessTokenAuthentication::new)
                .orElseThrow(() -> new BadCredentialsException(
                        "The token is unknown, expired or revoked, or its owner's account is disabled."));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
