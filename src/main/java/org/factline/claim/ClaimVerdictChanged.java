package org.factline.claim;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that changes a claim's published verdict: approved, replaced by
 * another, or withdrawn when the claim is reopened.
 *
 * @param before the verdict name before, null if the claim was not verified
 * @param after the verdict name now, null if the claim is no longer verified
 */
public record ClaimVerdictChanged(
        long claimId, @Nullable String before, @Nullable String after) {}
