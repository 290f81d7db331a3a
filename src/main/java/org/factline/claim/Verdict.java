package org.factline.claim;

import org.jspecify.annotations.Nullable;

/**
 * The accuracy scale of the claim module: what votes choose from, what a proposal and an approved
 * verdict say, with its score on 1 (false) to 5 (true); unverifiable has no score.
 */
public enum Verdict {
    TRUE("True", 5),
    MOSTLY_TRUE("Mostly true", 4),
    MIXED("Mixed", 3),
    MOSTLY_FALSE("Mostly false", 2),
    FALSE("False", 1),
    UNVERIFIABLE("Unverifiable", null);

    private final String label;
    private final @Nullable Integer score;

    Verdict(String label, @Nullable Integer score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    public @Nullable Integer score() {
        return score;
    }
}
