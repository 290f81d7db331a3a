package org.factline.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.factline.search.ParsedQuery.Group;
import org.factline.search.ParsedQuery.Part;
import org.jspecify.annotations.Nullable;

/**
 * After the typo-tolerant retry: which written word of the hits each typed word stood for
 * ({@code Deepsek} → {@code DeepSeek}), within the edits the retry allowed ({@link
 * QueryPredicates#fuzzyEligible}; first letter as typed). The hits are then highlighted for the
 * corrected words, as exact matches are, and the search page offers the corrected query.
 */
final class TypoCorrections {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TypoCorrections() {}

    /**
     * @param texts the page's titles and texts as stored
     * @return typed word → the nearest form in the hits (the most frequent, then the first seen, among
     *     equally near ones); words
     *     already in the hits as typed, or with no near form, are left out
     */
    static Map<String, String> find(ParsedQuery query, List<@Nullable String> texts) {
        var result = new LinkedHashMap<String, String>();
        for (Part part : words(query)) {
            String typed = ((Part.Word) part).text();
            // The nearest form wins, then the most frequent, then the first seen.
            if (!QueryPredicates.fuzzyEligible(typed) || result.containsKey(typed)) {
                continue;
            }
            String folded = QuerySyntax.fold(typed);
            int edits = typed.length() >= 8 ? 2 : 1;
            var levenshtein = new LevenshteinAutomata(folded.substring(1), true);
            var within = new ArrayList<CharacterRunAutomaton>();
            for (int n = 1; n <= edits; n++) {
                within.add(new CharacterRunAutomaton(levenshtein.toAutomaton(n, folded.substring(0, 1))));
            }
            var distances = new HashMap<String, Integer>();
            var counts = new HashMap<String, Integer>();
            var first = new LinkedHashMap<String, String>();
            boolean exact = false;
            for (String text : texts) {
                if (text == null) {
                    continue;
                }
                Matcher m = WORD.matcher(text);
                while (m.find()) {
                    String written = m.group();
                    String key = QuerySyntax.fold(written);
                    if (key.equals(folded)) {
                        exact = true;
                    } else {
                        int distance = distances.computeIfAbsent(key, k -> distance(within, k));
                        if (distance > 0) {
                            counts.merge(key, 1, Integer::sum);
                            first.putIfAbsent(key, written);
                        }
                    }
                }
            }
            if (exact || counts.isEmpty()) {
                continue;
            }
            String best = null;
            for (String key : first.keySet()) {
                if (best == null
                        || distances.get(key) < distances.get(best)
                        || (distances.get(key).equals(distances.get(best)) && counts.get(key) > counts.get(best))) {
                    best = key;
                }
            }
            result.put(typed, first.get(best));
        }
        return result;
    }

    /** The fewest edits from the typed word (1 up to the allowed edits), 0 when farther. */
    private static int distance(List<CharacterRunAutomaton> within, String key) {
        for (int n = 0; n < within.size(); n++) {
            if (within.get(n).run(key)) {
                return n + 1;
            }
        }
        return 0;
    }

    /** The query with the corrected words in place of the typed ones. */
    static ParsedQuery apply(ParsedQuery query, Map<String, String> corrections) {
        var groups = new ArrayList<Group>();
        for (Group g : query.groups()) {
            var parts = new ArrayList<Part>();
            for (Part p : g.alternatives()) {
                parts.add(
                        p instanceof Part.Word w && corrections.containsKey(w.text())
                                ? new Part.Word(corrections.get(w.text()))
                                : p);
            }
            groups.add(new Group(parts, g.negated()));
        }
        return new ParsedQuery(groups, query.warnings());
    }

    /** The typed query text with each corrected word replaced where it stands as a whole word. */
    static String apply(String queryText, Map<String, String> corrections) {
        String result = queryText;
        for (var e : corrections.entrySet()) {
            result = Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result)
                    .replaceAll(Matcher.quoteReplacement(e.getValue()));
        }
        return result;
    }

    private static List<Part> words(ParsedQuery query) {
        return query.groups().stream()
                .filter(g -> !g.negated())
                .flatMap(g -> g.alternatives().stream())
                .filter(p -> p instanceof Part.Word)
                .toList();
    }
}
