package org.factline.claim;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that changes a claim's published verdict: approved, replaced by
 * another, or withdrawn when the claim is reopened.
 *
 * @param before the verdict before, null if the claim was not verified
 * @param after the verdict now, null if the claim is no longer verified
 */
public record ClaimVerdictChanged(
        long claimId, @Nullable Verdict before, @Nullable Verdict after) {}
