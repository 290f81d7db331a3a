package org.factline.user;

import java.time.Instant;
import java.util.Set;
import org.factline.security.AppRoles.Role;
import org.jspecify.annotations.Nullable;

/** A user as the admin screens show it. {@code version} guards against concurrent edits. */
public record UserSummary(
        long id,
        long version,
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Instant lastLoginAt,
        @Nullable Instant createdAt) {}
