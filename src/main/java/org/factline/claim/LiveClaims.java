package org.factline.claim;

import org.factline.base.ui.Broadcaster;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Once a claim change is committed, open claims lists and that claim's open pages update. */
@Component
class LiveClaims {

    private final Broadcaster broadcaster;

    LiveClaims(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    /** Every claims list listens here; changes are coalesced by the grid's own refresh. */
    static final String LIST_TOPIC = "claims";

    static String topic(long claimId) {
        return "claim:" + claimId;
    }

    @ApplicationModuleListener
    void on(ClaimsChanged changed) {
        broadcaster.publish(topic(changed.claimId()));
        broadcaster.publish(LIST_TOPIC);
    }
}
