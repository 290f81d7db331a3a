package org.factline.article.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Main text of a page scraped to plain text: drops navigation, captions, tag lists, share and
 * sign-up prompts and repeated blocks, keeps paragraphs and the headings between them, and picks
 * the title and byline from the lines before the body.
 */
final class PlainTextCleaner {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(skip to (main )?content|top of page|bottom of page|original source|share( this( article| post)?)?"
                    + "|advertisement|sponsored|sign (in|up)|log ?in|subscribe.*|.*cookies?.*(accept|consent|settings).*"
                    + "|accept( all)?( cookies)?|read more.*|related( articles| posts| stories)?|menu|home|search"
                    + "|external link:.*|click here.*|image( source)?:.*|photo:.*|credit:.*|feature image for .*"
                    + "|.*\\.(png|jpe?g|gif|webp|svg)|(ver esta publicación|view this post) (en|on) instagram|(una publicación compartida|a post shared) (de|by).*"
                    + "|follow us.*|newsletter.*|back to top"
                    + "|.*(start learning|join (my|our) community|we are hiring).*)$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(written by|by|author)[:\\s]+(.{3,100})$");
    private static final Pattern STRAY_TAG = Pattern.compile("^<[a-zA-Z]{1,3}(?=[A-Z])");

    record Cleaned(@Nullable String title, @Nullable String byline, List<String> paragraphs) {}

    private PlainTextCleaner() {}

    static Cleaned clean(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = TextBlocks.normalize(STRAY_TAG.matcher(raw.strip()).replaceFirst(""));
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        String byline = null;
        var candidates = new ArrayList<String>();
        for (String line : lines) {
            var by = BYLINE.matcher(line);
            if (byline == null && by.matches() && words(line) <= 12) {
                byline = by.group(2).replaceFirst("\\s*/.*$", "").strip();
            } else if (!BOILERPLATE.matcher(line).matches()) {
                candidates.add(line);
            }
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (isParagraph(candidates.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return new Cleaned(null, byline, List.copyOf(new LinkedHashSet<>(candidates)));
        }
        String title = null;
        for (int i = 0; i < first; i++) {
            String line = candidates.get(i);
            if (words(line) >= 4 && words(line) <= 30 && !endsSentence(line)) {
                title = line; // the last heading-like line before the body is usually the headline
            }
        }
        var body = new LinkedHashSet<String>(); // also drops blocks the scrape repeated
        for (int i = first; i <= last; i++) {
            String line = candidates.get(i);
            if (isParagraph(line) || (isHeading(line) && i + 1 <= last && isParagraph(candidates.get(i + 1)))) {
                if (!line.equals(title)) {
                    body.add(line);
                }
            }
        }
        return new Cleaned(title, byline, List.copyOf(body));
    }

    private static boolean isParagraph(String line) {
        return words(line) >= 12 || (words(line) >= 6 && endsSentence(line));
    }

    private static boolean isHeading(String line) {
        return words(line) >= 2
                && words(line) <= 20
                && !line.toLowerCase(Locale.ROOT).startsWith("http");
    }

    private static boolean endsSentence(String line) {
        return line.matches(".*[.!?…][\"'”’)]?$");
    }

    private static int words(String line) {
        return line.split("\\s+").length;
    }
}
