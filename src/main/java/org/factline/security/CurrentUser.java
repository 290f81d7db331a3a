package org.factline.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request or UI access, if any. */
@Component
public class CurrentUser {

    public Optional<AppUserPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public AppUserPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** Name written to audit records: the username, or "system" for background work. */
    public String actorName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? SystemAuthentication.SYSTEM : auth.getName();
    }

    public boolean hasRole(AppRoles.Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role.code()).equals(a.getAuthority()));
    }
}
