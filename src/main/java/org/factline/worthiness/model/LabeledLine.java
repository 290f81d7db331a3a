package org.factline.worthiness.model;

/**
 * A sentence with its label: worth checking or not. {@code target} is false for lines that are
 * only context of a feedback example (their label is unknown and not learned from).
 */
public record LabeledLine(Line line, boolean worthy, boolean target) {

    public LabeledLine(Line line, boolean worthy) {
        this(line, worthy, true);
    }

    public static LabeledLine context(String text) {
        return new LabeledLine(new Line("", text), false, false);
    }
}
