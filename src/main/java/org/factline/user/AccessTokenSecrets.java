package org.factline.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 256 random bits behind a recognisable {@code flt_} prefix (so secret scanners
 * and people can tell a Factline token). Only the SHA-256 is stored; a fast hash is right here
 * because the secret is random and long, unlike a password.
 */
final class AccessTokenSecrets {

    static final String PREFIX = "flt_";
    static final int SHOWN_CHARACTERS = PREFIX.length() + 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessTokenSecrets() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String shownPart(String secret) {
        return secret.substring(0, Math.min(SHOWN_CHARACTERS, secret.length()));
    }

    /** Cheap shape check before any database read. */
    static boolean looksLikeToken(String presented) {
        return presented.startsWith(PREFIX) && presented.length() == PREFIX.length() + 43;
    }
}
