package org.factline.note;

/** What a piece of evidence does to the claim. */
public enum Stance {
    SUPPORTS("Supports"),
    REFUTES("Refutes"),
    CONTEXT("Context");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
