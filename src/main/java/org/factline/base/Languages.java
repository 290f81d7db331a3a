package org.factline.base;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The languages Factline's UI is written in: English (the default, and what every missing
 * translation falls back to) and Simplified Chinese.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    private Languages() {}

    /** The supported language a BCP 47 tag ("zh-CN", "en") names, if it names one. */
    public static Optional<Locale> fromTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale wanted = Locale.forLanguageTag(tag.strip());
        return SUPPORTED.stream()
                .filter(l -> l.toLanguageTag().equalsIgnoreCase(wanted.toLanguageTag()))
                .findFirst();
    }

    /**
     * The first of the browser's languages (Accept-Language, in its order of preference) that
     * Factline speaks: any Chinese reads the Simplified Chinese UI, any English the English one;
     * English when none matches.
     */
    public static Locale bestFor(Iterator<Locale> preferred) {
        while (preferred.hasNext()) {
            Locale candidate = preferred.next();
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(candidate.getLanguage())) {
                    return supported;
                }
            }
        }
        return ENGLISH;
    }
}
