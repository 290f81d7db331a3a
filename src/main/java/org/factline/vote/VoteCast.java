package org.factline.vote;

import org.factline.claim.Verdict;

/** Published after a vote was stored; open views of the claim refresh their tally. */
public record VoteCast(long claimId, String username, Verdict verdict) {}
