package org.factline.claim;

/** Published after a claim was created (search indexing and live views listen). */
public record ClaimCreated(long claimId) {}
