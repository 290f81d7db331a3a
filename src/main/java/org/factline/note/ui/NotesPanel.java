package org.factline.note.ui;

import com.vaadin.flow.component.Component;
import org.factline.base.ui.Broadcaster;
import org.factline.claim.ClaimDetail;
import org.factline.claim.ui.ClaimPanel;
import org.factline.note.NoteService;
import org.springframework.core.annotation.Order;

/** On the claim page, after the verdict: the team's notes, threaded, live. */
@org.springframework.stereotype.Component
@Order(40)
class NotesPanel implements ClaimPanel {

    private final NoteService notes;
    private final Broadcaster broadcaster;

    NotesPanel(NoteService notes, Broadcaster broadcaster) {
        this.notes = notes;
        this.broadcaster = broadcaster;
    }

    @Override
    public Component create(ClaimDetail claim) {
        return new NotesSection(notes, broadcaster, claim.summary().id());
    }
}
