package org.factline.claim.domain;

/** One tag of one claim. */
public record ClaimTagRow(long claimId, String tag) {}
