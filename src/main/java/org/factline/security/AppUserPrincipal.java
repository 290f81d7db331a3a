package org.factline.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the security layer knows it. {@code sessionEpoch} is the account's
 * counter at sign-in; when an admin disables the account or resets its password the counter moves
 * on and every session holding the old value ends (see {@link SessionRevocationFilter}).
 */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean passwordChangeRequired;
    private final long sessionEpoch;
    private final Set<AppRoles.Role> roles;

    public AppUserPrincipal(
            long userId,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            boolean passwordChangeRequired,
            long sessionEpoch,
            Set<AppRoles.Role> roles) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.passwordChangeRequired = passwordChangeRequired;
        this.sessionEpoch = sessionEpoch;
        this.roles = Set.copyOf(roles);
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public long sessionEpoch() {
        return sessionEpoch;
    }

    public Set<AppRoles.Role> roles() {
        return roles;
    }

    /** The same person after a password change: full roles, new epoch. */
    public AppUserPrincipal withPasswordChanged(long newEpoch) {
        return new AppUserPrincipal(userId, username, displayName, "", enabled, false, newEpoch, roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (passwordChangeRequired) {
            return List.of(new SimpleGrantedAuthority(AppRoles.PASSWORD_CHANGE_REQUIRED));
        }
        return AppRoles.authorities(roles).stream()
                .map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUserPrincipal other && other.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "AppUserPrincipal[" + username + "]";
    }
}
