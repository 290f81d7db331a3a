package org.factline.note;

import org.factline.base.ui.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Once a note or evidence change is committed, every open page of that claim refreshes them. */
@Component
class LiveNotes {

    private final Broadcaster broadcaster;

    LiveNotes(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NotesChanged changed) {
        broadcaster.publish(NoteService.liveTopic(changed.claimId()));
    }
}
