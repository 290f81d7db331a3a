package org.factline.note;

import org.factline.base.ui.Broadcaster;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Once a note or evidence change is committed, every open page of that claim refreshes them. */
@Component
class LiveNotes {

    private final Broadcaster broadcaster;

    LiveNotes(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @ApplicationModuleListener
    void on(NotesChanged changed) {
        broadcaster.publish(NoteService.liveTopic(changed.claimId()));
    }
}
