package org.factline.claim;

import org.factline.claim.domain.Claim;

/** A stored claim as the module's API shows it to views and other features. */
final class ClaimViews {

    private ClaimViews() {}

    static ClaimSummary summary(Claim c) {
        return new ClaimSummary(
                c.getId() == null ? 0 : c.getId(),
                c.getVersion(),
                c.getText(),
                c.getClaimant() == null ? null : c.getClaimant().getName(),
                c.getClaimDate(),
                c.getStatus(),
                c.getTags(),
                c.getCreatedBy(),
                c.getCreatedAt(),
                c.getAssignee(),
                c.getVoteCount(),
                c.getVoteDispersion(),
                c.getVerdict());
    }

    static ClaimLink link(Claim c) {
        return new ClaimLink(c.getId(), c.getText(), c.getStatus(), c.getVerdict(), c.getClaimDate());
    }
}
