package org.factline.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The field filters the query language knows ({@code type:claim}, {@code before:2025-06}…). */
public enum SearchFilter {
    TYPE("type", "article, claim, note, evidence, event, user…"),
    VERDICT("verdict", "true, false, mostly_false, mixed, unverifiable…"),
    AUTHOR("author", "byline or claimant"),
    PUBLISHER("publisher", "site or outlet"),
    TAG("tag", "a claim tag"),
    CATEGORY("category", "category"),
    STATUS("status", "workflow state"),
    YEAR("year", "for example 2025"),
    BEFORE("before", "date: 2025, 2025-06 or 2025-06-30"),
    AFTER("after", "date: 2025, 2025-06 or 2025-06-30");

    private final String key;
    private final String hint;

    SearchFilter(String key, String hint) {
        this.key = key;
        this.hint = hint;
    }

    public String key() {
        return key;
    }

    public String hint() {
        return hint;
    }

    static Optional<SearchFilter> byKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.equals("tags")) {
            return Optional.of(TAG);
        }
        return Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst();
    }

    static String known() {
        return Arrays.stream(values()).map(f -> f.key + ":").collect(Collectors.joining(", "));
    }
}
