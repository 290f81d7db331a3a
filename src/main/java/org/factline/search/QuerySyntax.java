package org.factline.search;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factline.search.ParsedQuery.Group;
import org.factline.search.ParsedQuery.Part;
import org.jspecify.annotations.Nullable;

/**
 * Reads the query language of the search box: words (all must match), "quoted phrases",
 * {@code -exclusion}, {@code OR}, {@code prefix*} and {@code field:value} filters. It never
 * fails: whatever it can't read is searched as plain words or dropped, with a warning saying so.
 */
public final class QuerySyntax {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_GROUPS = 30;

    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+):(.*)", Pattern.DOTALL);
    private static final Pattern WORD_CHARS = Pattern.compile(".*[\\p{L}\\p{N}].*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{1,2}");

    private QuerySyntax() {}

    public static ParsedQuery parse(@Nullable String input) {
        var reader = new Reader(input == null ? "" : input);
        return reader.read();
    }

    /** Lowercase, accents removed: how keywords and prefixes are stored. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static final class Reader {
        private final String text;
        private final Set<String> warnings = new LinkedHashSet<>();
        private final List<Group> groups = new ArrayList<>();
        private int pos;
        private boolean pendingOr;
        private boolean pendingNot;

        Reader(String input) {
            String t = input.strip();
            if (t.length() > MAX_LENGTH) {
                t = t.substring(0, MAX_LENGTH);
                warnings.add("The query was cut to its first " + MAX_LENGTH + " characters.");
            }
            this.text = t;
        }

        ParsedQuery read() {
            while (skipSpace()) {
                char c = text.charAt(pos);
                if (c == '(' || c == ')') {
                    pos++;
                    warnings.add("Brackets are ignored: all words must match; put OR between alternatives.");
                    continue;
                }
                boolean negated = false;
                if ((c == '-' || c == '!') && pos + 1 < text.length() && !isSpace(text.charAt(pos + 1))) {
                    negated = true;
                    pos++;
                } else if (c == '+' && pos + 1 < text.length()) {
                    pos++;
                }
                String token;
                boolean quoted = false;
                if (pos < text.length() && text.charAt(pos) == '"') {
                    token = quoted();
                    quoted = true;
                } else {
                    token = bare();
                }
                handle(token, quoted, negated);
            }
            if (pendingOr) {
                warnings.add("OR needs words on both sides; the last OR was ignored.");
            }
            if (pendingNot) {
                warnings.add("NOT needs a word after it; it was ignored.");
            }
            if (groups.size() > MAX_GROUPS) {
                warnings.add("Only the first " + MAX_GROUPS + " terms were used.");
                groups.subList(MAX_GROUPS, groups.size()).clear();
            }
            return new ParsedQuery(groups, List.copyOf(warnings));
        }

        private void handle(String token, boolean quoted, boolean negated) {
            if (!quoted) {
                if (token.equals("OR") || token.equals("||")) {
                    if (groups.isEmpty() || pendingOr) {
                        warnings.add("OR needs words on both sides; an OR was ignored.");
                    } else {
                        pendingOr = true;
                    }
                    return;
                }
                if (token.equals("AND") || token.equals("&&")) {
                    return;
                }
                if (token.equals("NOT")) {
                    pendingNot = true;
                    return;
                }
            }
            var unknownField = quoted ? null : FIELD.matcher(token);
            if (unknownField != null
                    && unknownField.matches()
                    && SearchFilter.byKey(unknownField.group(1)).isEmpty()) {
                part(token); // records the warning
                // Searched as the words on both sides of the colon.
                handle(unknownField.group(1), false, negated);
                if (!unknownField.group(2).isBlank()) {
                    handle(unknownField.group(2), false, negated);
                }
                return;
            }
            Part part = quoted ? phrase(token) : part(token);
            if (part == null) {
                return;
            }
            negated = negated || pendingNot;
            pendingNot = false;
            if (pendingOr) {
                pendingOr = false;
                Group last = groups.getLast();
                if (!negated && !last.negated()) {
                    var alternatives = new ArrayList<>(last.alternatives());
                    alternatives.add(part);
                    groups.set(groups.size() - 1, new Group(alternatives, false));
                    return;
                }
                warnings.add("OR can't combine an exclusion; the parts were searched separately.");
            }
            groups.add(new Group(List.of(part), negated));
        }

        private @Nullable Part phrase(String content) {
            String p = content.strip().replaceAll("\\s+", " ");
            if (!WORD_CHARS.matcher(p).matches()) {
                if (!p.isEmpty() || content.isEmpty()) {
                    warnings.add("An empty phrase was ignored.");
                }
                return null;
            }
            return new Part.Phrase(p);
        }

        private @Nullable Part part(String token) {
            var field = FIELD.matcher(token);
            if (field.matches()) {
                var filter = SearchFilter.byKey(field.group(1));
                String value = field.group(2);
                if (filter.isPresent()) {
                    return filter(filter.get(), value, token);
                }
                if (!value.startsWith("//")) {
                    warnings.add("\u201c" + field.group(1) + ":\u201d is not a filter; it was searched as words."
                            + " Filters: " + SearchFilter.known());
                }
                return null;
            }
            return word(token);
        }

        private @Nullable Part word(String token) {
            String t = token.strip();
            boolean prefix = t.endsWith("*");
            String core = prefix ? t.replaceAll("\\*+$", "") : t;
            if (core.contains("*")) {
                warnings.add("Wildcards work only at the end of a word (chip*); other * were ignored.");
                core = core.replace("*", "");
            }
            // A question mark is punctuation here ("Did Nvidia sell H20 chips?"), not a wildcard.
            core = core.replace("?", "");
            if (!WORD_CHARS.matcher(core).matches()) {
                if (prefix) {
                    warnings.add("\u201c" + t + "\u201d has no letters or digits and was ignored.");
                }
                return null;
            }
            if (prefix) {
                if (core.length() < 2 || core.contains(" ")) {
                    warnings.add("A prefix needs at least two letters before *; \u201c" + t
                            + "\u201d was searched as a word.");
                    return new Part.Word(core);
                }
                return new Part.Prefix(core);
            }
            return new Part.Word(core);
        }

        private @Nullable Part filter(SearchFilter filter, String rawValue, String source) {
            String value = rawValue.strip();
            if (value.startsWith("\"")) {
                value = value.substring(1);
                if (value.endsWith("\"")) {
                    value = value.substring(0, value.length() - 1);
                }
            }
            value = value.strip();
            if (value.isEmpty()) {
                warnings.add("\u201c" + filter.key() + ":\u201d needs a value (" + filter.hint() + ").");
                return null;
            }
            return switch (filter) {
                case BEFORE, AFTER -> dateFilter(filter, value, source);
                case YEAR -> {
                    if (!YEAR.matcher(value).matches()) {
                        warnings.add("\u201c" + source + "\u201d: a year has four digits, like year:2025.");
                        yield null;
                    }
                    yield new Part.Filter(filter, value, null, null, source);
                }
                case VERDICT -> new Part.Filter(filter, fold(value).replaceAll("[\\s-]+", "_"), null, null, source);
                default -> new Part.Filter(filter, value, null, null, source);
            };
        }

        private @Nullable Part dateFilter(SearchFilter filter, String value, String source) {
            LocalDate first;
            LocalDate last;
            try {
                if (YEAR.matcher(value).matches()) {
                    int y = Integer.parseInt(value);
                    first = LocalDate.of(y, 1, 1);
                    last = LocalDate.of(y, 12, 31);
                } else if (MONTH.matcher(value).matches()) {
                    String[] ym = value.split("-");
                    var month = YearMonth.of(Integer.parseInt(ym[0]), Integer.parseInt(ym[1]));
                    first = month.atDay(1);
                    last = month.atEndOfMonth();
                } else {
                    first = LocalDate.parse(value);
                    last = first;
                }
            } catch (DateTimeException | NumberFormatException e) {
                warnings.add("\u201c" + source + "\u201d is not a date Factline can read; use 2025, 2025-06 or"
                        + " 2025-06-30. The filter was ignored.");
                return null;
            }
            return filter == SearchFilter.BEFORE
                    ? new Part.Filter(filter, value, null, first.minusDays(1), source)
                    : new Part.Filter(filter, value, last.plusDays(1), null, source);
        }

        private boolean skipSpace() {
            while (pos < text.length() && isSpace(text.charAt(pos))) {
                pos++;
            }
            return pos < text.length();
        }

        private String quoted() {
            int start = pos + 1;
            int end = text.indexOf('"', start);
            if (end < 0) {
                warnings.add("A closing quote is missing; the rest of the query was searched as a phrase.");
                pos = text.length();
                return text.substring(start);
            }
            pos = end + 1;
            return text.substring(start, end);
        }

        /** Up to the next space; a {@code field:"quoted value"} keeps its spaces. */
        private String bare() {
            int start = pos;
            while (pos < text.length() && !isSpace(text.charAt(pos)) && text.charAt(pos) != ')') {
                char c = text.charAt(pos);
                if (c == '"' && pos > start && text.charAt(pos - 1) == ':') {
                    int end = text.indexOf('"', pos + 1);
                    if (end < 0) {
                        warnings.add("A closing quote is missing; the rest of the query was used as the value.");
                        pos = text.length();
                        return text.substring(start);
                    }
                    pos = end + 1;
                    return text.substring(start, pos);
                }
                pos++;
            }
            return text.substring(start, pos);
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }
}
