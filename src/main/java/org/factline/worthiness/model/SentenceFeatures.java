package org.factline.worthiness.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns sentences into sparse features for the check-worthiness ranker: word and word-pair
 * n-grams, signals of checkable content (quantities, money, percentages, years, comparisons,
 * attributions, names), the sentence's shape, who speaks and how much, and the words of the
 * neighbouring sentences (a claim is often set up or answered next to it).
 */
public final class SentenceFeatures {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?|[$%€£]");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)s?\\b");
    private static final Pattern PERCENT = Pattern.compile("%|\\bper ?cent\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY = Pattern.compile(
            "[$€£]\\s?\\d|\\b(dollars?|cents?|euros?|yuan|budget|tax(es)?|deficit|debt)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAGNITUDE = Pattern.compile(
            "\\b(hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(more|less|fewer|most|least|highest|lowest|largest|biggest|smallest|worst|best|record|"
                    + "increased?|decreased?|doubled?|tripled?|rose|fell|grew|dropped|cut|raised?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "\\b(said|says|say|claimed?|claims|according to|reported|announced|stated|told|voted|supported|opposed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\S\\s)\\p{Lu}[\\p{L}]+");
    private static final Set<String> SMALL_TALK = Set.of(
            "thank",
            "thanks",
            "applause",
            "laughter",
            "crosstalk",
            "folks",
            "welcome",
            "goodnight",
            "evening",
            "morning",
            "everybody",
            "okay",
            "ok",
            "yeah",
            "wow");

    private SentenceFeatures() {}

    /** Features of every line, using each line's neighbours as context. */
    public static List<Map<String, Double>> of(List<Line> lines) {
        var tokens = new ArrayList<List<String>>(lines.size());
        var speakerShare = new HashMap<String, Integer>();
        for (Line line : lines) {
            tokens.add(tokens(line.text()));
            speakerShare.merge(speaker(line), 1, Integer::sum);
        }
        var out = new ArrayList<Map<String, Double>>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            var f = new HashMap<String, Double>();
            Line line = lines.get(i);
            List<String> words = tokens.get(i);
            ngrams(f, "", words, 1.0);
            signals(f, line.text(), words);
            speaker(f, lines, i, speakerShare);
            if (i > 0) {
                context(f, "p:", tokens.get(i - 1), lines.get(i - 1).text());
            }
            if (i + 1 < lines.size()) {
                context(f, "n:", tokens.get(i + 1), lines.get(i + 1).text());
            }
            normalise(f);
            out.add(f);
        }
        return out;
    }

    static List<String> tokens(String text) {
        var out = new ArrayList<String>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String t = m.group();
            out.add(NUMBER.matcher(t).find() ? (YEAR.matcher(t).matches() ? "<year>" : "<num>") : t);
        }
        return out;
    }

    private static void ngrams(Map<String, Double> f, String prefix, List<String> words, double weight) {
        for (int i = 0; i < words.size(); i++) {
            f.put(prefix + "w:" + words.get(i), weight);
            if (i + 1 < words.size()) {
                f.put(prefix + "b:" + words.get(i) + "_" + words.get(i + 1), weight);
            }
        }
    }

    private static void signals(Map<String, Double> f, String text, List<String> words) {
        flag(f, "has:number", NUMBER.matcher(text).find());
        flag(f, "has:year", YEAR.matcher(text).find());
        flag(f, "has:percent", PERCENT.matcher(text).find());
        flag(f, "has:money", MONEY.matcher(text).find());
        flag(f, "has:magnitude", MAGNITUDE.matcher(text).find());
        flag(f, "has:comparison", COMPARISON.matcher(text).find());
        flag(f, "has:attribution", ATTRIBUTION.matcher(text).find());
        flag(f, "has:question", text.endsWith("?"));
        flag(f, "has:exclamation", text.endsWith("!"));
        flag(f, "has:quote", text.indexOf('"') >= 0 || text.indexOf('“') >= 0);
        flag(f, "is:bracketed", text.startsWith("(") && text.endsWith(")"));
        flag(f, "has:smalltalk", words.stream().anyMatch(SMALL_TALK::contains));
        long names = CAPITALISED.matcher(text).results().count();
        f.put("names:" + Math.min(names, 3), 1.0);
        int n = words.size();
        f.put("len:" + (n < 4 ? "xs" : n < 9 ? "s" : n < 18 ? "m" : n < 30 ? "l" : "xl"), 1.0);
    }

    private static void speaker(Map<String, Double> f, List<Line> lines, int i, Map<String, Integer> share) {
        String who = speaker(lines.get(i));
        if (who.isEmpty()) {
            f.put("spk:none", 1.0);
            return;
        }
        f.put("spk:" + who, 1.0);
        double fraction = share.get(who) / (double) lines.size();
        f.put("spkshare:" + (fraction < 0.05 ? "low" : fraction < 0.25 ? "mid" : "high"), 1.0);
        boolean turnStart = i == 0 || !speaker(lines.get(i - 1)).equals(who);
        boolean turnEnd = i + 1 == lines.size() || !speaker(lines.get(i + 1)).equals(who);
        flag(f, "turn:start", turnStart);
        flag(f, "turn:end", turnEnd);
        flag(f, "turn:single", turnStart && turnEnd);
    }

    /** Speaker names vary ("HILLARY CLINTON (D-NY), ..."): the first word, in lower case. */
    private static String speaker(Line line) {
        String s = line.speaker().toLowerCase(Locale.ROOT).strip();
        int cut = 0;
        while (cut < s.length() && Character.isLetter(s.charAt(cut))) {
            cut++;
        }
        return s.substring(0, cut);
    }

    private static void context(Map<String, Double> f, String prefix, List<String> words, String text) {
        for (String w : words) {
            f.put(prefix + "w:" + w, 0.5);
        }
        flag(f, prefix + "has:number", NUMBER.matcher(text).find());
        flag(f, prefix + "has:question", text.endsWith("?"));
    }

    private static void flag(Map<String, Double> f, String name, boolean on) {
        if (on) {
            f.put(name, 1.0);
        }
    }

    /** Unit length, so long sentences don't win on word count alone. */
    private static void normalise(Map<String, Double> f) {
        double sum = 0;
        for (double v : f.values()) {
            sum += v * v;
        }
        double norm = Math.sqrt(sum);
        if (norm > 0) {
            f.replaceAll((k, v) -> v / norm);
        }
    }
}
