package org.factline.claim;

import org.jspecify.annotations.Nullable;

/**
 * A sentence of an article that states a claim already in Factline.
 *
 * @param verdict the claim's approved verdict while it is verified, else null ("already claimed")
 * @param score the cosine of the two embeddings, or the word score when matched by words
 * @param appearance whether the claim already has an appearance in this article
 */
public record KnownClaim(
        String sentence,
        long claimId,
        String claimText,
        ClaimStatus status,
        @Nullable Verdict verdict,
        double score,
        boolean appearance) {}
