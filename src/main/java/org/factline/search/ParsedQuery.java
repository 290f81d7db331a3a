package org.factline.search;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search box query after parsing: groups that must all match (AND), each a list of alternatives
 * joined by OR, or a group that must not match. Warnings explain what was read differently from
 * what was typed.
 */
public record ParsedQuery(List<Group> groups, List<String> warnings) {

    public ParsedQuery {
        groups = List.copyOf(groups);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return groups.stream().noneMatch(g -> !g.negated());
    }

    /** Filters (field:value) the user typed, for the removable chips above the results. */
    public List<Part.Filter> filters() {
        return groups.stream()
                .flatMap(g -> g.alternatives().stream())
                .filter(Part.Filter.class::isInstance)
                .map(Part.Filter.class::cast)
                .toList();
    }

    /** The query written back without one of its parts (to remove a filter chip). */
    public String without(Part removed) {
        var text = new StringBuilder();
        for (Group group : groups) {
            var kept = group.alternatives().stream()
                    .filter(p -> !p.equals(removed))
                    .toList();
            if (kept.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            if (group.negated()) {
                text.append('-');
            }
            text.append(String.join(" OR ", kept.stream().map(Part::source).toList()));
        }
        return text.toString();
    }

    /** One AND-ed element: alternatives joined by OR, or (negated) a thing to exclude. */
    public record Group(List<Part> alternatives, boolean negated) {
        public Group {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** A word, a "quoted phrase", a prefix*, or a field:value filter. */
    public sealed interface Part {

        /** How the part is written back into a query string. */
        String source();

        record Word(String text) implements Part {
            @Override
            public String source() {
                return text;
            }
        }

        record Phrase(String text) implements Part {
            @Override
            public String source() {
                return '"' + text + '"';
            }
        }

        record Prefix(String text) implements Part {
            @Override
            public String source() {
                return text + '*';
            }
        }

        /**
         * @param from for date filters, the first day included (null: open)
         * @param to for date filters, the last day included (null: open)
         */
        record Filter(
                SearchFilter field,
                String value,
                @Nullable LocalDate from,
                @Nullable LocalDate to,
                String source) implements Part {}
    }
}
