package org.factline.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;

/** The title row of a view, with optional actions on the right. */
public final class ViewToolbar extends Composite<Div> {

    public ViewToolbar(String title, Component... actions) {
        getContent().addClassName("view-toolbar");
        getContent().add(new H1(title));
        getContent().add(actions);
    }
}
