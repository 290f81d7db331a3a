package org.factline.claim;

import org.factline.base.ui.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ClaimsChanged changed) {
        broadcaster.publish(topic(changed.claimId()));
        broadcaster.publish(LIST_TOPIC);
    }
}
