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
        return score >= threshold;
    }
}
