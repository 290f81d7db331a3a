package org.factline.claim;

import java.time.Instant;

/**
 * What undoing a merge does (the confirmation) or did (the outcome).
 *
 * @param goingBack appearances the merge moved that go back to their place in the copy
 * @param changedSince of those, the ones re-anchored on the original after the merge (its text
 *     was processed again): they go back to their place in the copy all the same
 * @param staying appearances the merge moved that are gone since or no longer in the original:
 *     left as they are
 * @param addedSince appearances added to the original after the merge: they stay with it
 */
public record MergeUndoPlan(
        long copyId,
        String copyTitle,
        long originalId,
        String originalTitle,
        String mergedBy,
        Instant mergedAt,
        int goingBack,
        int changedSince,
        int staying,
        int addedSince) {

    /** The audit log's line for the undo. */
    String auditSummary() {
        return "Undid the merge of \u201c" + copyTitle + "\u201d into \u201c" + originalTitle + "\u201d: "
                + MergePlan.appearances(goingBack) + " back in the copy"
                + (changedSince == 0 ? "" : " (" + changedSince + " changed since the merge)")
                + (staying == 0 ? "" : ", " + staying + " gone since");
    }
}
