package org.factline.claim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One appearance a merge moved: its anchor in the copy before, and in the original after (an
 * undo compares the appearance with the latter to tell whether it was changed since).
 */
@Embeddable
public record MovedAppearance(
        @Column(name = "appearance_id", nullable = false) long appearanceId,
        @Column(name = "claim_id", nullable = false) long claimId,
        @Column(name = "copy_start", nullable = false) int copyStart,
        @Column(name = "copy_end", nullable = false) int copyEnd,

        @Column(name = "copy_prefix", nullable = false, length = 64)
        String copyPrefix,

        @Column(name = "copy_suffix", nullable = false, length = 64)
        String copySuffix,

        @Column(name = "copy_anchor_lost", nullable = false) boolean copyAnchorLost,
        @Column(name = "merged_start", nullable = false) int mergedStart,
        @Column(name = "merged_end", nullable = false) int mergedEnd,

        @Column(name = "merged_prefix", nullable = false, length = 64)
        String mergedPrefix,

        @Column(name = "merged_suffix", nullable = false, length = 64)
        String mergedSuffix,

        @Column(name = "merged_anchor_lost", nullable = false)
        boolean mergedAnchorLost) {

    /** Whether the appearance is still where the merge put it, as the merge put it. */
    public boolean unchangedSince(Appearance a, long originalId) {
        return a.getArticleId() == originalId
                && a.getStart() == mergedStart
                && a.getEnd() == mergedEnd
                && a.isAnchorLost() == mergedAnchorLost;
    }
}
