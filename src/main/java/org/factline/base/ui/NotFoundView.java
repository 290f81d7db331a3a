package org.factline.base.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
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
import java.io.Serial;

/**
 * Shown for an unknown address, for a view the user's roles don't open (Vaadin reports both as
 * "not found", which also avoids revealing which admin pages exist), and for a page whose item
 * isn't there ({@link #reroute}), with the page's own explanation and a way back.
 */
@PageTitle("Not found · Factline")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("view-content");
    }

    /**
     * Sends a page's navigation here because the item at its address isn't there.
     *
     * @param message for the person, e.g. "This article no longer exists."
     * @param backRoute where the way back leads, e.g. "articles"
     */
    public static void reroute(BeforeEnterEvent event, String message, String backRoute, String backLabel) {
        event.rerouteToError(new MissingItem(message, backRoute, backLabel), message);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        var home = new Button(translate("notfound.home"), e -> event.getUI().navigate(""));
        // Only a page's own message is shown: the router's reasons (access checks, unknown routes)
        // are for developers and would tell a stranger which pages exist.
        if (parameter.getCaughtException() instanceof MissingItem missing) {
            add(new EmptyState(
                    VaadinIcon.QUESTION_CIRCLE_O,
                    translate("notfound.title"),
                    missing.getMessage(),
                    new Anchor(missing.backRoute, missing.backLabel),
                    home));
        } else {
            add(new EmptyState(
                    VaadinIcon.QUESTION_CIRCLE_O,
                    translate("notfound.page.title"),
                    translate("notfound.page.text"),
                    home));
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** A page's item that isn't there; a {@link NotFoundException}, so the router shows this view. */
    static final class MissingItem extends NotFoundException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String backRoute;
        private final String backLabel;

        MissingItem(String message, String backRoute, String backLabel) {
            super(message);
            this.backRoute = backRoute;
            this.backLabel = backLabel;
        }
    }
}
