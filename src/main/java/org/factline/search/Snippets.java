package org.factline.search;

import java.util.List;
import org.factline.search.PageHighlighter.MarkedText;
import org.jsoup.nodes.Entities;

/** Shapes highlighted text for the results page: escaped text with {@code <mark>} tags only. */
final class Snippets {

    private static final String ELLIPSIS = "\u2026";

    private Snippets() {}

    /** The whole text, escaped, with its matches marked. */
    static String html(MarkedText marked) {
        return html(marked, 0, marked.text().length());
    }

    /**
     * About {@code max} characters of the text around its first match, cut at word boundaries, with
     * an ellipsis where it was cut.
     */
    static String trim(MarkedText marked, int max) {
        String text = marked.text();
        int length = text.length();
        if (length <= max) {
            return html(marked);
        }
        int firstMark = marked.marks().isEmpty() ? 0 : marked.marks().getFirst().start();
        int start = Math.max(0, Math.min(firstMark - max / 3, length - max));
        int end = Math.min(length, start + max);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= firstMark ? start : space + 1;
        }
        if (end < length) {
            int space = text.lastIndexOf(' ', end);
            end = space <= start ? end : space;
        }
        // Without a space to cut at (Chinese, a run of emoji), never cut a character pair in two.
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        if (end < length && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return (start > 0 ? ELLIPSIS + " " : "") + html(marked, start, end) + (end < length ? " " + ELLIPSIS : "");
    }

    /** Fragments from different places, with one ellipsis between them (never two in a row). */
    static String joinFragments(List<String> fragments) {
        return String.join(" " + ELLIPSIS + " ", fragments).replaceAll(ELLIPSIS + "(\\s*" + ELLIPSIS + ")+", ELLIPSIS);
    }

    /** Characters {@code from} to {@code to} of the text, escaped, marks cut to that range. */
    private static String html(MarkedText marked, int from, int to) {
        String text = marked.text();
        var out = new StringBuilder();
        int pos = from;
        for (var mark : marked.marks()) {
            int start = Math.max(mark.start(), from);
            int end = Math.min(mark.end(), to);
            if (start >= end || start < pos) {
                continue;
            }
            out.append(Entities.escape(text.substring(pos, start)))
                    .append("<mark>")
                    .append(Entities.escape(text.substring(start, end)))
                    .append("</mark>");
            pos = end;
        }
        return out.append(Entities.escape(text.substring(pos, to))).toString();
    }
}
