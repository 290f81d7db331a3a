package org.factline.claim.domain;

/** How many places one claim appears in. */
public record AppearanceCount(long claimId, long count) {}
