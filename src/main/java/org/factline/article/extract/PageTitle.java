package org.factline.article.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The article title as the page's {@code <title>} tells it, the way Firefox Reader View
 * (Readability.js) reads it: sites add their name before or after the headline ("Story | Site",
 * "Site - Story"), and the headline is the part that remains.
 */
final class PageTitle {

    /** A separator needs spaces on both sides, so "Wi-Fi" or "and/or" never split a title. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|\\-–—\\\\/>»]\\s");
    /** Breadcrumb separators: "Docs / Guides / Page" is a path, not a site name. */
    private static final Pattern HIERARCHICAL = Pattern.compile("\\s[\\\\/>»]\\s");

    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PageTitle() {}

    /** The cleaned title, or the first heading when the page has no title element; null if neither. */
    static @Nullable String of(Document doc) {
        String original = TextBlocks.normalize(titleElementText(doc));
        if (original.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            String heading = h1 == null ? "" : TextBlocks.normalize(h1.text());
            return heading.isEmpty() ? null : heading;
        }
        return clean(original, texts(doc, "h1, h2"), texts(doc, "h1"));
    }

    /**
     * @param original the page title, whitespace normalized
     * @param headings the texts of the page's h1 and h2 elements
     * @param topHeadings the texts of its h1 elements
     */
    static String clean(String original, List<String> headings, List<String> topHeadings) {
        String title = original;
        boolean hierarchical = false;
        var separators = SEPARATOR.matcher(original).results().toList();
        if (!separators.isEmpty()) {
            hierarchical = HIERARCHICAL.matcher(original).find();
            // The site name usually trails: drop the last part ...
            title = original.substring(0, separators.getLast().start());
            if (words(title) < 3) {
                // ... unless that leaves too little: then it leads ("Site - Story").
                title = original.substring(separators.getFirst().end());
            }
        } else if (original.contains(": ")) {
            // "Section: Story" — unless a heading on the page carries the whole title.
            if (!headings.contains(original)) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (words(title) < 3) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
                    // A long text before the colon is part of the headline, not a section name.
                    title = original;
                }
            }
        } else if ((original.length() > 150 || original.length() < 15) && topHeadings.size() == 1) {
            // Odd lengths suggest the title element isn't the headline; a single h1 is.
            title = topHeadings.getFirst();
        }
        title = TextBlocks.normalize(title);
        // Four words or fewer are rarely the whole headline: keep the original, unless the title
        // was a breadcrumb path and only its last step was cut off.
        int count = words(title);
        if (count <= 4
                && (!hierarchical || count != words(SEPARATOR.matcher(original).replaceAll("")) - 1)) {
            return original;
        }
        return title;
    }

    /**
     * How much of {@code b} also occurs in {@code a}: 1 minus the share of b's text (by length)
     * made of words that a lacks. Readability uses it to compare titles and headings.
     */
    static double similarity(String a, String b) {
        List<String> tokensA = tokens(a);
        List<String> tokensB = tokens(b);
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return 0;
        }
        Set<String> inA = Set.copyOf(tokensA);
        String unique = tokensB.stream().filter(t -> !inA.contains(t)).collect(Collectors.joining(" "));
        return 1 - unique.length() / (double) String.join(" ", tokensB).length();
    }

    private static List<String> tokens(String text) {
        return Arrays.stream(TOKEN_SPLIT.split(text.toLowerCase(Locale.ROOT)))
                .filter(t -> !t.isEmpty())
                .toList();
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static String titleElementText(Document doc) {
        // The document's title is its first HTML title element; SVG icons carry titles of their own.
        for (Element title : doc.select("title")) {
            if (title.closest("svg") == null) {
                return title.text();
            }
        }
        return "";
    }

    private static List<String> texts(Document doc, String css) {
        return doc.select(css).stream().map(h -> TextBlocks.normalize(h.text())).toList();
    }
}
