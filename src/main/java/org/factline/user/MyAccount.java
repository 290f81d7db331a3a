package org.factline.user;

import java.time.Instant;
import java.util.Set;
import org.factline.security.AppRoles.Role;
import org.jspecify.annotations.Nullable;

/** The signed-in user's own account, for the profile page; {@code language} is the chosen UI language
 * (a BCP 47 tag), null while the browser's decides. */
public record MyAccount(
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        Instant passwordChangedAt,
        @Nullable Instant lastLoginAt,
        String theme,
        @Nullable String language) {}
