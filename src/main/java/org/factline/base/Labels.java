package org.factline.base;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Code names as people read them. */
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
}
