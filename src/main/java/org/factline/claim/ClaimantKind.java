package org.factline.claim;

/**
 * What a claimant is. A verdict's ClaimReview names a person as a schema.org {@code Person} and
 * every other kind as an {@code Organization}.
 */
public enum ClaimantKind {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    GOVERNMENT("Government"),
    OTHER("Other");

    private final String label;

    ClaimantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
