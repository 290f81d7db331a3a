package org.factline.claim;

/** A claimant to pick (merge target). */
public record ClaimantChoice(long id, String name) {}
