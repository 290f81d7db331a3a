package org.factline.note.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.factline.base.ui.Broadcaster;
import org.factline.claim.ClaimDetail;
import org.factline.claim.ui.ClaimPanel;
import org.factline.note.EvidenceService;
import org.springframework.core.annotation.Order;

/** On the claim page, after the notes: the evidence items, live. */
@org.springframework.stereotype.Component
@Order(50)
class EvidencePanel implements ClaimPanel {

    private final EvidenceService evidence;
    private final Broadcaster broadcaster;
    private final Clock clock;

    EvidencePanel(EvidenceService evidence, Broadcaster broadcaster, Clock clock) {
        this.evidence = evidence;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    @Override
    public Component create(ClaimDetail claim) {
        return new EvidenceSection(evidence, broadcaster, clock, claim.summary().id());
    }
}
