package org.factline.claim;

/**
 * The outcome of merging one claimant into another.
 *
 * @param mergedName the name that is now one of the survivor's aliases
 * @param claimsMoved how many claims now name the survivor
 */
public record MergedClaimants(String mergedName, int claimsMoved, ClaimantDetail survivor) {}
