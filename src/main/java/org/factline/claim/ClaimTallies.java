package org.factline.claim;

import java.util.Collection;
import java.util.Map;

/**
 * How many votes each verdict got, for the claims exports' tally columns. The votes belong to the
 * vote module, which builds on this one, so it implements this (the claim row itself keeps only
 * the count and dispersion the list sorts by).
 */
public interface ClaimTallies {

    /** Votes per verdict by claim id, for one page of claims; claims without votes may be left out. */
    Map<Long, Map<Verdict, Long>> votesByVerdict(Collection<Long> claimIds);
}
