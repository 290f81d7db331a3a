package org.factline.claim;

/**
 * What a claimant is. A verdict's ClaimReview names a person as a schema.org {@code Person} and
 * every other kind as an {@code Organization}. The UI shows {@code enum.ClaimantKind.*} texts;
 * the label is for logs and the audit trail.
 */
public enum ClaimantKind {
    PERSON("Person"),
    ORGANIZATION("Organisation"),
    GOVERNMENT("Government body"),
    COMPANY("Company"),
    MEDIA("Media"),
    OTHER("Other");

    private final String label;

    ClaimantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
