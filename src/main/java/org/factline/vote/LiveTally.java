package org.factline.vote;

import org.factline.base.ui.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(VoteCast vote) {
        broadcaster.publish(topic(vote.claimId()));
    }
}
