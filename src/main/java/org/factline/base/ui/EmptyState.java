package org.factline.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a list shows when it has nothing yet: what goes here and how to add the first one. */
public final class EmptyState extends Composite<Div> {

    public EmptyState(VaadinIcon icon, String title, String explanation, Component... actions) {
        getContent().addClassName("empty-state");
        getContent().add(icon.create(), new H2(title), new Paragraph(explanation));
        getContent().add(actions);
    }
}
