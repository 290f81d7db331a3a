package org.factline.vote;

import org.factline.base.ui.Broadcaster;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Once a vote is committed, every open view of that claim learns that its votes changed. */
@Component
class LiveTally {

    static String topic(long claimId) {
        return "claim-votes:" + claimId;
    }

    private final Broadcaster broadcaster;

    LiveTally(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @ApplicationModuleListener
    void on(VoteCast vote) {
        broadcaster.publish(topic(vote.claimId()));
    }
}
