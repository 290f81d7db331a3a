package org.factline.user;

import java.util.Locale;

/** Usernames are stored lowercase, so "Alice" and "alice" are one account. */
final class UserNames {

    static final String PATTERN = "^[a-z0-9][a-z0-9._-]*$";

    private UserNames() {}

    static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
