package org.factline.vote;

import org.jspecify.annotations.Nullable;

/**
 * Advice to editors: does agreement on a claim hold across the team's perspectives, or does it
 * follow the line along which people usually disagree? Perspectives are learned from everyone's
 * vote history ({@link ViewpointModel}); voters are split by the sign of their learned factor.
 *
 * @param bridgedScore the claim's rating once perspective is accounted for, on the 1–5 scale
 *     (μ + claim bias), or null without a fit
 * @param polarisation how strongly the claim's ratings follow the perspective axis (|claim factor|)
 * @param groupA voters on one side of the axis on this claim and their mean score
 * @param groupB voters on the other side
 */
public record ViewpointAdvice(
        Outcome outcome,
        @Nullable Double bridgedScore,
        double polarisation,
        Group groupA,
        Group groupB,
        int votersWithHistory) {

    public record Group(int voters, @Nullable Double meanScore) {}

    public enum Outcome {
        /** Both perspectives lean the same way. */
        AGREED_ACROSS("Agreement holds across perspectives"),
        /** The two perspectives lean opposite ways. */
        DIVIDED("Divided along perspectives"),
        /** Too few voters from each side (or too little vote history) to say. */
        UNKNOWN("Not enough votes from different perspectives");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
