package org.factline.vote.domain;

import org.factline.claim.Verdict;

/** How many votes one verdict got on one claim. */
public record VerdictCount(long claimId, Verdict verdict, long count) {}
