package org.factline.user;

import java.time.Instant;
import java.util.Set;
import org.factline.security.AppRoles.Role;
import org.jspecify.annotations.Nullable;

/** The signed-in user's own account, for the profile page. */
public record MyAccount(
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        Instant passwordChangedAt,
        @Nullable Instant lastLoginAt,
        String theme) {}
