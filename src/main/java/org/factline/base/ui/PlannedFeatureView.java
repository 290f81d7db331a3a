package org.factline.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The page of a feature whose first version has not landed yet: says plainly what will be here,
 * so navigation is complete from the first release and nothing pretends to work.
 */
public abstract class PlannedFeatureView extends Div {

    protected PlannedFeatureView(String title, VaadinIcon icon, String emptyTitle, String explanation) {
        var body = new Div(new EmptyState(icon, emptyTitle, explanation));
        body.addClassName("view-content");
        add(new ViewToolbar(title), body);
    }
}
