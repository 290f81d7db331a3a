package org.factline.review;

public enum VerdictState {
    /** Waiting for an editor. */
    PROPOSED,
    /** The claim's verdict (the newest approved one is current). */
    APPROVED,
    /** Sent back to the fact-checkers with a reason. */
    REJECTED,
    /** Sent back for more work with an editor's message: the claim is in review again, votes open. */
    MORE_WORK,
    /** An approved verdict replaced after the claim was reopened (kept in the correction log). */
    SUPERSEDED
}
