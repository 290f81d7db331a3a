package org.factline.security;

import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and background work (first admin, demo workspace, scheduled jobs) as the
 * "system" actor with every role, so those paths go through the same secured services as users.
 */
public final class SystemAuthentication {

    public static final String SYSTEM = "system";

    private SystemAuthentication() {}

    public static <T> T runAsSystem(Supplier<T> work) {
        return runAs(SYSTEM, work);
    }

    /** Background work on behalf of a named user (e.g. demo content "imported by" a demo user). */
    public static <T> T runAs(String actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token(actor));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }

    private static Authentication token(String actor) {
        return UsernamePasswordAuthenticationToken.authenticated(
                actor,
                null,
                AuthorityUtils.createAuthorityList(
                        AppRoles.authorities(EnumSet.allOf(AppRoles.Role.class)).toArray(String[]::new)));
    }
}
