package org.factline.claim;

import org.jspecify.annotations.Nullable;

/** The claims list's assignee filter: the signed-in person's claims, nobody's, or a teammate's. */
public record AssigneeFilter(Kind kind, @Nullable String username) {

    public enum Kind {
        ME,
        NOBODY,
        PERSON
    }

    public AssigneeFilter {
        if ((kind == Kind.PERSON) != (username != null && !username.isBlank())) {
            throw new IllegalArgumentException("A username goes with PERSON, and only with it");
        }
    }

    public static AssigneeFilter me() {
        return new AssigneeFilter(Kind.ME, null);
    }

    public static AssigneeFilter nobody() {
        return new AssigneeFilter(Kind.NOBODY, null);
    }

    public static AssigneeFilter person(String username) {
        return new AssigneeFilter(Kind.PERSON, username);
    }
}
