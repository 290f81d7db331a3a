package org.factline.vote;

import org.factline.base.ui.Broadcaster;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells every open view of a claim that its votes changed. */
@Component
class LiveTally {

    static String topic(long claimId) {
        return "claim-votes:" + claimId;
    }

    private final Broadcaster broadcaster;

    LiveTally(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @EventListener
    void on(VoteCast vote) {
        broadcaster.publish(topic(vote.claimId()));
    }
}
