package org.factline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session on its next request when its account was disabled or its password reset since
 * sign-in. Asks the database rather than an in-memory session registry, so it works the same
 * whichever node the request reaches. Used by the UI's filter chain and the operator endpoints' (api module).
 */
public class SessionRevocationFilter extends OncePerRequestFilter {

    private final SessionValidity validity;

    public SessionRevocationFilter(SessionValidity validity) {
        this.validity = validity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof AppUserPrincipal principal
                && !validity.isStillValid(principal.userId(), principal.sessionEpoch())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
