package org.factline.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the login page with a reason code the page turns into a clear
 * message. The code never tells whether a username exists.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = switch (exception) {
            case LoginThrottledException throttled ->
                "/login?error=throttled&minutes="
                        + Math.max(1, (throttled.remaining().toSeconds() + 59) / 60);
            case DisabledException disabled -> "/login?error=disabled";
            default -> "/login?error=credentials";
        };
        redirect.sendRedirect(request, response, target);
    }
}
