package org.factline.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Role names as used in {@code @RolesAllowed}. An editor can do everything a fact-checker can; an
 * admin manages users and holds editorial rights only when also given the editor role.
 */
public final class AppRoles {

    public static final String FACT_CHECKER = "FACT_CHECKER";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    /** The only authority of someone who must change their password before doing anything else. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private AppRoles() {}

    /** A role a user can be given, with the label the UI shows. */
    public enum Role {
        FACT_CHECKER(AppRoles.FACT_CHECKER, "Fact-checker"),
        EDITOR(AppRoles.EDITOR, "Editor"),
        ADMIN(AppRoles.ADMIN, "Admin");

        private final String code;
        private final String label;

        Role(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    /** Roles granted, with the ones implied by the hierarchy (editor implies fact-checker). */
    public static Set<Role> effective(Collection<Role> granted) {
        Set<Role> result = granted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(granted);
        if (result.contains(Role.EDITOR)) {
            result.add(Role.FACT_CHECKER);
        }
        return result;
    }

    /** Spring authorities ({@code ROLE_…}) for the granted roles, hierarchy included. */
    public static Set<String> authorities(Collection<Role> granted) {
        return effective(granted).stream()
                .map(r -> "ROLE_" + r.code())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
