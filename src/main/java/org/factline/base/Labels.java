package org.factline.base;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Code names and long texts as people read them. */
public final class Labels {

    private Labels() {}

    /** {@code MOSTLY_FALSE} or {@code mostly_false} → "Mostly false"; null → "". */
    public static String humanize(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * {@code text} whole when it has at most {@code max} characters, else its start and "…", cut
     * between characters (never inside a surrogate pair): for headings and messages that repeat
     * what someone typed.
     */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end)) && end > 0) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }
}
