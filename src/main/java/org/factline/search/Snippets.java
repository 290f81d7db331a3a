package org.factline.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/** Shapes highlighter output (escaped text with {@code <mark>} tags) for the results page. */
final class Snippets {

    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");

    private Snippets() {}

    /**
     * Cuts a highlighted fragment to about {@code max} characters of text around its first mark,
     * at word boundaries, keeping the markup intact.
     */
    /** Fragments from different places, with one ellipsis between them (never two in a row). */
    static String joinFragments(java.util.List<String> fragments) {
        return String.join(" \u2026 ", fragments).replaceAll("\u2026(\\s*\u2026)+", "\u2026");
    }

    static String trim(String fragmentHtml, int max) {
        List<Segment> segments = segments(fragmentHtml);
        int length = segments.stream().mapToInt(s -> s.text().length()).sum();
        if (length <= max) {
            return fragmentHtml;
        }
        int firstMark = 0;
        for (Segment segment : segments) {
            if (segment.marked()) {
                break;
            }
            firstMark += segment.text().length();
        }
        String all = String.join("", segments.stream().map(Segment::text).toList());
        int start = Math.max(0, Math.min(firstMark - max / 3, length - max));
        int end = Math.min(length, start + max);
        if (start > 0) {
            int space = all.indexOf(' ', start);
            start = space < 0 || space >= firstMark ? start : space + 1;
        }
        if (end < length) {
            int space = all.lastIndexOf(' ', end);
            end = space <= start ? end : space;
        }
        var out = new StringBuilder(start > 0 ? "\u2026 " : "");
        int pos = 0;
        for (Segment segment : segments) {
            int from = Math.max(start, pos);
            int to = Math.min(end, pos + segment.text().length());
            if (from < to) {
                String piece = Entities.escape(segment.text().substring(from - pos, to - pos));
                out.append(segment.marked() ? "<mark>" + piece + "</mark>" : piece);
            }
            pos += segment.text().length();
        }
        return out.append(end < length ? " \u2026" : "").toString();
    }

    /** The whole plain {@code text}, escaped, with every word the highlighter marked marked again. */
    static String markWords(String text, String markedHtml) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = MARKED.matcher(markedHtml);
        while (m.find()) {
            String word = Parser.unescapeEntities(m.group(1), false);
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        String escaped = Entities.escape(text);
        if (words.isEmpty()) {
            return escaped;
        }
        var alternatives = words.stream()
                .map(w -> Pattern.quote(Entities.escape(w)))
                .sorted((a, b) -> b.length() - a.length())
                .toList();
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])")
                .matcher(escaped)
                .replaceAll("<mark>$1</mark>");
    }

    private static List<Segment> segments(String html) {
        var result = new ArrayList<Segment>();
        for (Node node : org.jsoup.Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof TextNode t) {
                result.add(new Segment(t.getWholeText(), false));
            } else if (node instanceof Element e) {
                result.add(new Segment(e.wholeText(), e.nameIs("mark")));
            }
        }
        return result;
    }

    private record Segment(String text, boolean marked) {}
}
