package org.factline.publish;

/** What the public may see of a claim: its verdict page, a withdrawal notice, or nothing. */
public sealed interface PublicationStatus {

    /** Verified: the page is public. */
    record Published(PublishedVerdictDetail verdict) implements PublicationStatus {}

    /** Was verified, then reopened: the verdict is withdrawn until an editor decides again. */
    record Withdrawn(long claimId) implements PublicationStatus {}

    /** No such claim, or never verified: as far as the public knows, it doesn't exist. */
    record NeverPublished() implements PublicationStatus {}
}
