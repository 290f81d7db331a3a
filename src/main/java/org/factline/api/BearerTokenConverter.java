package org.factline.api;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads {@code Authorization: Bearer <token>}. No header: no authentication (the request then
 * gets a 401 from the entry point); a malformed one is a bad credential.
 */
final class BearerTokenConverter implements AuthenticationConverter {

    private static final String BEARER = "bearer ";

    @Override
    public @Nullable Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return null;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new BadCredentialsException("Use 'Authorization: Bearer <token>' with a personal access token.");
        }
        String token = header.substring(BEARER.length()).strip();
        if (token.isEmpty()) {
            throw new BadCredentialsException("The bearer token is empty.");
        }
        return UsernamePasswordAuthenticationToken.unauthenticated("token", token);
    }
}
