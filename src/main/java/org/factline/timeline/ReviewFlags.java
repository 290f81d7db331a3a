package org.factline.timeline;

import org.factline.claim.ClaimVerdictChanged;
import org.factline.timeline.domain.TimelineEvent;
import org.factline.timeline.domain.TimelineEventRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Events linked to a claim whose published verdict changed (replaced or withdrawn) are flagged for
 * an editor, with a note saying what changed. Runs once the verdict committed, in a transaction of
 * its own: a flag that can't be written stays an incomplete event publication and never undoes
 * the editor's decision.
 */
@Component
class ReviewFlags {

    private final TimelineEventRepository events;
    private final ApplicationEventPublisher publisher;

    ReviewFlags(TimelineEventRepository events, ApplicationEventPublisher publisher) {
        this.events = events;
        this.publisher = publisher;
    }

    @ApplicationModuleListener
    void on(ClaimVerdictChanged change) {
        if (change.before() == null) {
            return;
        }
        String note = change.after() == null
                ? "Linked claim #" + change.claimId() + " was reopened; its verdict ("
                        + change.before().label() + ") is withdrawn."
                : "The verdict of linked claim #" + change.claimId() + " changed from "
                        + change.before().label() + " to " + change.after().label() + ".";
        for (TimelineEvent event : events.findByClaim(change.claimId())) {
            event.flagForReview(note);
            publisher.publishEvent(new TimelineChanged(event.getId()));
        }
    }
}
