package org.factline.claim;

/**
 * A claim was created, moved, assigned or got votes: after commit, open claims lists and that
 * claim's open pages refresh (see {@link LiveClaims}).
 */
record ClaimsChanged(long claimId) {}
