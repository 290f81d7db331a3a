package org.factline.security;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the current browser session signed in after its own password change, which ended every
 * other session of the account.
 */
@Component
public class SignedInSession {

    private final CurrentUser currentUser;

    SignedInSession(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public void adoptPasswordChange(long newSessionEpoch) {
        AppUserPrincipal updated = currentUser.require().withPasswordChanged(newSessionEpoch);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        if (request != null) {
            request.getHttpServletRequest()
                    .getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
