package org.factline.claim;

/**
 * What merging a near-copy into its original does (the confirmation) or did (the outcome).
 *
 * @param moving claim appearances that move from the copy to the original
 * @param notInOriginal of those, the ones whose passage isn't in the original's text: they move
 *     with their quote and are flagged "anchor lost" for a person to look at
 * @param alreadyInOriginal appearances whose claim already appears at that passage of the
 *     original: they stay with the archived copy instead of doubling up
 */
public record MergePlan(
        long copyId,
        long copyVersion,
        String copyTitle,
        long originalId,
        String originalTitle,
        int moving,
        int notInOriginal,
        int alreadyInOriginal) {

    /** The audit log's line for the merge. */
    String auditSummary() {
        return "Merged \u201c" + copyTitle + "\u201d into \u201c" + originalTitle + "\u201d: "
                + appearances(moving) + " moved"
                + (notInOriginal == 0 ? "" : " (" + notInOriginal + " not found in its text, flagged)")
                + (alreadyInOriginal == 0 ? "" : ", " + alreadyInOriginal + " already there");
    }

    static String appearances(int n) {
        return n == 1 ? "1 claim appearance" : n + " claim appearances";
    }
}
