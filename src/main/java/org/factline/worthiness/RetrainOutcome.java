package org.factline.worthiness;

/**
 * What a retraining did: how many feedback items trained the candidate, how many were held back
 * to judge it, the average precision of the current and the candidate model on those, and whether
 * the candidate replaced the current model (only when it ranks the held-back feedback better).
 */
public record RetrainOutcome(
        String candidateName,
        String previousName,
        int trainingItems,
        int heldOutItems,
        double previousScore,
        double candidateScore,
        boolean replaced) {}
