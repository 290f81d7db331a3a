package org.factline.note.domain;

/** How many live notes, or evidence items, one claim has. */
public record CountPerClaim(long claimId, long count) {}
