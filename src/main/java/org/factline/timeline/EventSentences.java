package org.factline.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds event-like sentences in article text: a sentence with an explicit date ("7 October 2022",
 * "October 7, 2022", "in January 2025") and an event verb (announced, released, imposed…).
 */
final class EventSentences {

    /** A dated, event-like sentence. */
    record Found(String sentence, LocalDate date, DatePrecision precision) {}

    private static final String MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "|"
                    + m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "\\.?")
            .collect(Collectors.joining("|"));
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ") (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b(" + MONTHS + ") (\\d{1,2}),? (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR =
            Pattern.compile("\\b(" + MONTHS + ") (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_VERB = Pattern.compile(
            "\\b(announc|releas|launch|unveil|impos|ban|banned|restrict|tighten|added|issu|sign|accus|denied|deni"
                    + "|rescind|approv|introduc|publish|sanction|block|order|invest|acquir|blacklist|expand|requir"
                    + "|revok|lift|suspend|halt|fell|dropp|agree)\\w*",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> STOP = Set.of(
            "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "by", "with", "at", "its", "is", "was", "it",
            "that", "as", "from", "be", "has", "had", "have", "are", "were");

    static final int MAX_PER_ARTICLE = 5;

    private EventSentences() {}

    /** @param paragraphs the article's sentences, paragraph by paragraph */
    static List<Found> find(List<List<String>> paragraphs) {
        List<Found> result = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            for (String sentence : paragraph) {
                String s = sentence.strip();
                if (s.length() < 30
                        || s.length() > 400
                        || !EVENT_VERB.matcher(s).find()) {
                    continue;
                }
                Found found = date(s);
                if (found != null) {
                    result.add(found);
                    if (result.size() == MAX_PER_ARTICLE) {
                        return result;
                    }
                }
            }
        }
        return result;
    }

    private static Found date(String s) {
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            LocalDate d = day(m.group(3), m.group(2), m.group(1));
            if (d != null) {
                return new Found(s, d, DatePrecision.DAY);
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            LocalDate d = day(m.group(3), m.group(1), m.group(2));
            if (d != null) {
                return new Found(s, d, DatePrecision.DAY);
            }
        }
        m = MONTH_YEAR.matcher(s);
        if (m.find()) {
            LocalDate d = day(m.group(2), m.group(1), "1");
            if (d != null) {
                return new Found(s, d, DatePrecision.MONTH);
            }
        }
        return null;
    }

    private static LocalDate day(String year, String month, String day) {
        String key = month.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            .toLowerCase(Locale.ROOT)
                            .startsWith(key)
                    && key.length() >= 3) {
                try {
                    return LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A headline-length title from a sentence, cut at a word boundary. */
    static String title(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() <= 120) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 117);
        return s.substring(0, cut > 60 ? cut : 117) + "\u2026";
    }

    /** Share of the title's content words that the other text contains (0..1). */
    static double covered(String title, String other) {
        Set<String> words = words(title);
        if (words.isEmpty()) {
            return 0;
        }
        Set<String> in = words(other);
        return words.stream().filter(in::contains).count() / (double) words.size();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1 && !STOP.contains(w))
                .collect(Collectors.toSet());
    }
}
