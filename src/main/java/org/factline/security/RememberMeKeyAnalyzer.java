package org.factline.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or short remember-me secret into Spring Boot's "APPLICATION FAILED TO START" report. */
class RememberMeKeyAnalyzer extends AbstractFailureAnalyzer<RememberMeKeyRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RememberMeKeyRefused cause) {
        return new FailureAnalysis(
                cause.tooShort()
                        ? "FACTLINE_SECURITY_REMEMBER_ME_KEY is shorter than " + SecurityConfig.MIN_REMEMBER_ME_KEY
                                + " characters: \"keep me signed in\" cookies would be easy to forge."
                        : "FACTLINE_SECURITY_REMEMBER_ME_KEY is not set: Factline needs a secret to sign the"
                                + " \"keep me signed in\" cookies.",
                "Set FACTLINE_SECURITY_REMEMBER_ME_KEY to a long random secret, the same on every node (for"
                        + " example: openssl rand -base64 32), or start the demo profile"
                        + " (./mvnw spring-boot:run) to try Factline.",
                null);
    }
}
