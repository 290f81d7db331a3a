package org.factline.claim.ui;

import com.vaadin.flow.component.Component;
import org.factline.claim.ClaimDetail;

/** A section other features add to the claim page (votes, later notes and review). */
public interface ClaimPanel {

    Component create(ClaimDetail claim);
}
