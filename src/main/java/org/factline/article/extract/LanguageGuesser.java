package org.factline.article.extract;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The language of a text that doesn't declare one (plain text, PDF, pages without a lang
 * attribute), from character n-gram profiles of about 70 languages. Answers only when confident.
 */
final class LanguageGuesser {

    private static final int MIN_CHARS = 40;
    private static final int SAMPLE_CHARS = 4000;

    private LanguageGuesser() {}

    /** Loaded on first use: the profiles take a moment and some memory. */
    private static final class Holder {
        static final LanguageDetector DETECTOR = build();

        private static LanguageDetector build() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static @Nullable String guess(String text) {
        if (text.length() < MIN_CHARS) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        var result = Holder.DETECTOR.detect(
                CommonTextObjectFactories.forDetectingOnLargeText().forText(sample));
        return result.isPresent() ? result.get().getLanguage() : null;
    }
}
