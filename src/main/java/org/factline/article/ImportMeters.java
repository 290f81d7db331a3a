package org.factline.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@value #IMPORTED} (new articles) and {@value #FAILURES} (items that stored nothing), by the way
 * they came in: {@code paste}, {@code upload}, {@code url} (one address, or a list imported at
 * once), {@code feed} (a saved feed's poll) and {@code bulk} (an import job's items). Duplicates,
 * updates and unchanged pages are neither. Counted after the article's transaction returned.
 */
@Component
class ImportMeters {

    static final String IMPORTED = "factline.articles.imported";
    static final String FAILURES = "factline.articles.import.failures";

    enum Way {
        PASTE,
        UPLOAD,
        URL,
        FEED,
        BULK
    }

    private final Map<Way, Counter> imported = new EnumMap<>(Way.class);
    private final Map<Way, Counter> failed = new EnumMap<>(Way.class);

    ImportMeters(MeterRegistry registry) {
        for (Way way : Way.values()) {
            String tag = way.name().toLowerCase(Locale.ROOT);
            imported.put(
                    way,
                    Counter.builder(IMPORTED)
                            .description("Articles imported")
                            .tag("way", tag)
                            .register(registry));
            failed.put(
                    way,
                    Counter.builder(FAILURES)
                            .description("Import items that failed (nothing stored)")
                            .tag("way", tag)
                            .register(registry));
        }
    }

    /** Counts the outcome and hands it back. */
    ImportOutcome count(Way way, ImportOutcome outcome) {
        switch (outcome.status()) {
            case IMPORTED -> imported.get(way).increment();
            case FAILED -> failed.get(way).increment();
            default -> {}
        }
        return outcome;
    }

    void failed(Way way) {
        failed.get(way).increment();
    }
}
