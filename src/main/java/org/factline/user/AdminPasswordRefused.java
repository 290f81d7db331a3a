package org.factline.user;

/**
 * FACTLINE_ADMIN_PASSWORD breaks the password policy on a first start: the application stops, and
 * {@link AdminPasswordRefusedAnalyzer} says why in words instead of a stack trace.
 */
class AdminPasswordRefused extends IllegalStateException {

    private final String username;
    private final String reason;

    AdminPasswordRefused(String username, String reason) {
        super("FACTLINE_ADMIN_PASSWORD is refused for '" + username + "': " + reason);
        this.username = username;
        this.reason = reason;
    }

    String username() {
        return username;
    }

    String reason() {
        return reason;
    }
}
