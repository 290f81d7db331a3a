package org.factline.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.factline.article.DiffPiece.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Word-level differences between two texts (java-diff-utils' Myers diff over words, spaces and
 * punctuation marks as tokens), and where a passage of the old text went in the new one.
 */
final class TextDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    private record Tokens(String text, List<String> values, int[] starts, int[] ends) {

        static Tokens of(String text) {
            var values = new ArrayList<String>();
            var starts = new ArrayList<Integer>();
            var ends = new ArrayList<Integer>();
            var m = TOKEN.matcher(text);
            while (m.find()) {
                values.add(m.group());
                starts.add(m.start());
                ends.add(m.end());
            }
            return new Tokens(
                    text,
                    values,
                    starts.stream().mapToInt(Integer::intValue).toArray(),
                    ends.stream().mapToInt(Integer::intValue).toArray());
        }

        String text(int from, int to) {
            return from >= to ? "" : text.substring(starts[from], ends[to - 1]);
        }
    }

    private TextDiff() {}

    /**
     * The new text as pieces that stayed, were inserted or were deleted, in reading order. A space
     * left between changed words joins them: "said they were" reads as one deletion, not three.
     */
    static List<DiffPiece> pieces(String older, String newer) {
        Tokens a = Tokens.of(older);
        Tokens b = Tokens.of(newer);
        var raw = new ArrayList<DiffPiece>();
        int i = 0;
        for (AbstractDelta<String> delta :
                DiffUtils.diff(a.values(), b.values()).getDeltas()) {
            int s = delta.getSource().getPosition();
            int t = delta.getTarget().getPosition();
            raw.add(new DiffPiece(Kind.SAME, a.text(i, s)));
            raw.add(new DiffPiece(Kind.DELETED, a.text(s, s + delta.getSource().size())));
            raw.add(new DiffPiece(Kind.INSERTED, b.text(t, t + delta.getTarget().size())));
            i = s + delta.getSource().size();
        }
        raw.add(new DiffPiece(Kind.SAME, a.text(i, a.values().size())));
        return joined(raw.stream().filter(p -> !p.text().isEmpty()).toList());
    }

    private static List<DiffPiece> joined(List<DiffPiece> raw) {
        var pieces = new ArrayList<DiffPiece>();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        for (int k = 0; k < raw.size(); k++) {
            DiffPiece piece = raw.get(k);
            switch (piece.kind()) {
                case DELETED -> deleted.append(piece.text());
                case INSERTED -> inserted.append(piece.text());
                case SAME -> {
                    boolean bridge = piece.text().isBlank()
                            && (!deleted.isEmpty() || !inserted.isEmpty())
                            && k + 1 < raw.size()
                            && raw.get(k + 1).kind() != Kind.SAME;
                    if (bridge) {
                        if (!deleted.isEmpty()) {
                            deleted.append(piece.text());
                        }
                        if (!inserted.isEmpty()) {
                            inserted.append(piece.text());
                        }
                    } else {
                        flush(pieces, deleted, inserted);
                        add(pieces, Kind.SAME, piece.text());
                    }
                }
            }
        }
        flush(pieces, deleted, inserted);
        return pieces;
    }

    private static void add(List<DiffPiece> pieces, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!pieces.isEmpty() && pieces.getLast().kind() == kind) {
            pieces.set(pieces.size() - 1, new DiffPiece(kind, pieces.getLast().text() + text));
        } else {
            pieces.add(new DiffPiece(kind, text));
        }
    }

    private static void flush(List<DiffPiece> pieces, StringBuilder deleted, StringBuilder inserted) {
        add(pieces, Kind.DELETED, deleted.toString());
        add(pieces, Kind.INSERTED, inserted.toString());
        deleted.setLength(0);
        inserted.setLength(0);
    }

    /**
     * The text of {@code newer} that took the place of characters {@code start..end} of
     * {@code older}: what stayed of the passage plus what replaced or was inserted into it; null
     * when the passage was deleted without a replacement.
     */
    static @Nullable String successor(String older, String newer, int start, int end) {
        Tokens a = Tokens.of(older);
        Tokens b = Tokens.of(newer);
        int n = a.values().size();
        int[] mapped = new int[n];
        int[] replacedFrom = new int[n];
        int[] replacedTo = new int[n];
        Arrays.fill(mapped, -1);
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta :
                DiffUtils.diff(a.values(), b.values()).getDeltas()) {
            int s = delta.getSource().getPosition();
            while (i < s) {
                mapped[i++] = j++;
            }
            int t = delta.getTarget().getPosition();
            int size = delta.getTarget().size();
            for (int k = 0; k < delta.getSource().size(); k++, i++) {
                replacedFrom[i] = t;
                replacedTo[i] = t + size;
            }
            j = t + size;
        }
        while (i < n) {
            mapped[i++] = j++;
        }
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (int k = 0; k < n; k++) {
            if (a.ends()[k] <= start || a.starts()[k] >= end) {
                continue;
            }
            if (mapped[k] >= 0) {
                from = Math.min(from, mapped[k]);
                to = Math.max(to, mapped[k] + 1);
            } else if (replacedTo[k] > replacedFrom[k]) {
                from = Math.min(from, replacedFrom[k]);
                to = Math.max(to, replacedTo[k]);
            }
        }
        if (to < 0) {
            return null;
        }
        String text = b.text(from, to).strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text.length() <= MAX_SUCCESSOR ? text : text.substring(0, MAX_SUCCESSOR);
    }

    /** As long as a claim's quote may be. */
    static final int MAX_SUCCESSOR = 2000;
}
