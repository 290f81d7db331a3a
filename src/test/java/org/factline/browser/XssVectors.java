package org.factline.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile inputs of src/test/resources/xss/vectors.txt, and ways to pack many of them into one
 * field so a page load checks dozens at once.
 */
record XssVectors(List<String> all) {

    static XssVectors load() {
        try (InputStream in = XssVectors.class.getResourceAsStream("/xss/vectors.txt")) {
            if (in == null) {
                throw new IllegalStateException("xss/vectors.txt is missing from the test resources");
            }
            List<String> vectors = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .map(XssVectors::unescape)
                    .toList();
            return new XssVectors(vectors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String line) {
        return line.replace("{TAB}", "\t")
                .replace("{NL}", "\n")
                .replace("{CR}", "\r")
                .replace("{ZWSP}", "\u200B");
    }

    /** The vectors of at most {@code max} characters, for short fields. */
    List<String> shorterThan(int max) {
        return all.stream().filter(v -> v.length() <= max).toList();
    }

    /** Every vector, packed in order into texts of at most {@code max} characters, joined by {@code separator}. */
    List<String> packed(int max, String separator) {
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        for (String v : all) {
            if (v.length() > max) {
                continue;
            }
            if (!current.isEmpty() && current.length() + separator.length() + v.length() > max) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(separator);
            }
            current.append(v);
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    /** The {@code i}-th vector (cycling) of those that fit in {@code max} characters. */
    String pick(int i, int max) {
        List<String> fitting = shorterThan(max);
        return fitting.get(Math.floorMod(i, fitting.size()));
    }
}
