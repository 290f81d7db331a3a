package org.factline.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Anchors a selected passage in an article's text and finds it again after the text changed
 * (re-import, re-extraction, corrections). Matching ignores differences in whitespace; among
 * several occurrences the one whose surrounding text matches best wins, then the one closest to
 * the old position. When the quote itself is gone, the passage counts as lost: it is never
 * silently moved onto different words.
 */
final class PassageLocator {

    enum Status {
        /** Same quote at the same place. */
        FOUND,
        /** Same quote, elsewhere in the text. */
        MOVED,
        LOST
    }

    record Located(Status status, int start, int end) {}

    private PassageLocator() {}

    /** @param near the offset the selection was made at, or -1 when unknown */
    static @Nullable PassageAnchor anchor(String text, String selection, int near) {
        String quote = selection.strip().replaceAll("\\s+", " ");
        if (quote.isEmpty()) {
            return null;
        }
        List<int[]> hits = occurrences(text, quote);
        if (hits.isEmpty()) {
            return null;
        }
        int[] best = hits.getFirst();
        if (near >= 0) {
            for (int[] hit : hits) {
                if (Math.abs(hit[0] - near) < Math.abs(best[0] - near)) {
                    best = hit;
                }
            }
        }
        return new PassageAnchor(quote, best[0], best[1], before(text, best[0]), after(text, best[1]));
    }

    static Located locate(String text, PassageAnchor anchor) {
        if (anchor.end() <= text.length()
                && normalize(text.substring(anchor.start(), anchor.end())).equals(normalize(anchor.quote()))) {
            return new Located(Status.FOUND, anchor.start(), anchor.end());
        }
        List<int[]> hits = occurrences(text, anchor.quote());
        if (hits.isEmpty()) {
            return new Located(Status.LOST, -1, -1);
        }
        int[] best = null;
        int bestScore = -1;
        for (int[] hit : hits) {
            int score = commonSuffix(before(text, hit[0]), anchor.prefix())
                    + commonPrefix(after(text, hit[1]), anchor.suffix());
            if (score > bestScore
                    || (score == bestScore
                            && best != null
                            && Math.abs(hit[0] - anchor.start()) < Math.abs(best[0] - anchor.start()))) {
                best = hit;
                bestScore = score;
            }
        }
        return new Located(Status.MOVED, best[0], best[1]);
    }

    /**
     * The passage found again in {@code text} (see {@link #locate}) as a fresh anchor: its position
     * and surrounding text there, or {@code null} when its quote isn't in the text.
     */
    static @Nullable PassageAnchor reanchor(String text, PassageAnchor anchor) {
        Located at = locate(text, anchor);
        if (at.status() == Status.LOST) {
            return null;
        }
        return new PassageAnchor(anchor.quote(), at.start(), at.end(), before(text, at.start()), after(text, at.end()));
    }

    private static List<int[]> occurrences(String text, String quote) {
        String pattern =
                Arrays.stream(quote.strip().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        Matcher m = Pattern.compile(pattern).matcher(text);
        var hits = new ArrayList<int[]>();
        while (m.find()) {
            hits.add(new int[] {m.start(), m.end()});
        }
        return hits;
    }

    private static String before(String text, int start) {
        return text.substring(Math.max(0, start - PassageAnchor.CONTEXT), start);
    }

    private static String after(String text, int end) {
        return text.substring(end, Math.min(text.length(), end + PassageAnchor.CONTEXT));
    }

    private static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
