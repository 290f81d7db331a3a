package org.factline.base.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;

/**
 * "Contains what was typed, in any case" for the lists' text filters in JPA criteria: the typed
 * text becomes a LIKE pattern whose {@code %}, {@code _} and backslash match themselves.
 */
public final class ContainsText {

    private static final char ESCAPE = '\\';

    private ContainsText() {}

    /** The pattern for {@code text} (already stripped as the caller wants it). */
    public static String pattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** {@code field} contains the text of {@code pattern} in any case. */
    public static Predicate matches(CriteriaBuilder cb, Expression<String> field, String pattern) {
        return cb.like(cb.lower(field), pattern, ESCAPE);
    }
}
