package org.factline.timeline;

/** Whose event it is in the US-China race. */
public enum Side {
    US("United States"),
    CHINA("China"),
    OTHER("Other"),
    MULTI("Several");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
