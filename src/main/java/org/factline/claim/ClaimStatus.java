package org.factline.claim;

/** Where a claim is in the team's workflow. */
public enum ClaimStatus {
    NEW("New"),
    IN_REVIEW("In review"),
    PROPOSED("Verdict proposed"),
    VERIFIED("Verified"),
    REJECTED("Rejected");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A decided claim (verified or rejected) takes no votes until an editor reopens it. */
    public boolean isDecided() {
        return this == VERIFIED || this == REJECTED;
    }
}
