package org.factline.user;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused first-admin password into Spring Boot's "APPLICATION FAILED TO START" report. */
class AdminPasswordRefusedAnalyzer extends AbstractFailureAnalyzer<AdminPasswordRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRefused cause) {
        return new FailureAnalysis(
                "The first admin account '" + cause.username()
                        + "' was not created: the password in FACTLINE_ADMIN_PASSWORD is refused. "
                        + cause.reason(),
                "Set FACTLINE_ADMIN_PASSWORD to a password that follows the policy (at least 12 characters,"
                        + " not containing the username, not a common password), or leave it unset to get a"
                        + " one-time password in the log.",
                null);
    }
}
