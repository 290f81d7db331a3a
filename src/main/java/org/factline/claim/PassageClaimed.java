package org.factline.claim;

/**
 * Published when a passage of an article became (an appearance of) a claim, in that transaction:
 * the check-worthiness triage learns from it which sentences the team found worth checking.
 */
public record PassageClaimed(long claimId, long articleId, String passage) {}
