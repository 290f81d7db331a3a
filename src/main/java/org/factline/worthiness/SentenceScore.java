package org.factline.worthiness;

/**
 * One sentence of an article with its check-worthiness score (0–100) and what the team decided
 * about it, if anything.
 */
public record SentenceScore(int index, String text, int score, Decision decision) {

    public enum Decision {
        NONE,
        CLAIMED,
        DISMISSED
    }

    public boolean strong(int threshold) {
        return score >= threshold && rankable();
    }

    /** Headings and fragments ("Why it matters", "Read more") are not statements to check. */
    public boolean rankable() {
        return rankable(text);
    }

    static boolean rankable(String sentence) {
        return sentence.strip().split("\\s+").length >= MIN_WORDS;
    }

    static final int MIN_WORDS = 5;
}
