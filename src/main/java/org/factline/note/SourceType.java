package org.factline.note;

/** Where a piece of evidence comes from. */
public enum SourceType {
    PRIMARY_DOCUMENT("Primary document"),
    OFFICIAL_STATEMENT("Official statement"),
    COMPANY_STATEMENT("Company statement"),
    NEWS_REPORT("News report"),
    EXPERT("Expert"),
    DATASET("Dataset"),
    OTHER("Other");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
