package org.factline.worthiness;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Feedback is kept per sentence text, not position, so it survives the article being
 * re-processed (sentences may move; the same sentence keeps its decision).
 */
final class SentenceKey {

    private SentenceKey() {}

    /** Trimmed, single-spaced, lower case: how sentences are compared. */
    static String normal(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String of(String sentence) {
        String normal = normal(sentence);
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
