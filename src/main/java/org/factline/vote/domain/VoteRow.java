package org.factline.vote.domain;

import org.factline.claim.Verdict;

/** A vote without its entity: who voted what on which claim. */
public record VoteRow(String username, long claimId, Verdict verdict) {}
