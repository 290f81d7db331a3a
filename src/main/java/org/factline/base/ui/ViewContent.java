package org.factline.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** The body of a list view: its components stacked, the last one (usually a grid) filling the rest. */
public final class ViewContent {

    private ViewContent() {}

    public static Div fill(Component... components) {
        var body = new Div(components);
        body.addClassNames("view-content", "view-content-fill");
        body.setSizeFull();
        return body;
    }
}
