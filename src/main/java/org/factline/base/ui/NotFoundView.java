package org.factline.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address and for a view the user's roles don't open (Vaadin reports both as
 * "not found", which also avoids revealing which admin pages exist).
 */
@PageTitle("Not found · Factline")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("view-content");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        var home = new Button("Go to the dashboard", e -> event.getUI().navigate(""));
        add(new EmptyState(
                VaadinIcon.QUESTION_CIRCLE_O,
                "This page isn't here",
                "The address may be mistyped, or the page needs a role your account doesn't have.",
                home));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
