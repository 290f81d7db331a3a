package org.factline.security;

import java.io.Serial;

/** FACTLINE_SECURITY_REMEMBER_ME_KEY is missing or too short: the start stops ({@link RememberMeKeyAnalyzer}). */
class RememberMeKeyRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final boolean tooShort;

    RememberMeKeyRefused(boolean tooShort) {
        super(
                tooShort
                        ? "FACTLINE_SECURITY_REMEMBER_ME_KEY is too short"
                        : "FACTLINE_SECURITY_REMEMBER_ME_KEY is not set");
        this.tooShort = tooShort;
    }

    boolean tooShort() {
        return tooShort;
    }
}
