package org.factline.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.factline.base.DatabaseHealth;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page that could not be opened because the database can't be reached (its first read failed
 * to get a connection): says so, with a way to try again, instead of Vaadin's internal error page
 * and its stack trace. Every service call starts a transaction, so this is the exception an outage
 * raises while a page opens.
 */
@PageTitle("Database unreachable · Factline")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class DatabaseUnavailableView extends Div implements HasErrorParameter<CannotCreateTransactionException> {

    private final transient DatabaseHealth database;

    DatabaseUnavailableView(DatabaseHealth database) {
        this.database = database;
        addClassName("view-content");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        database.handled(parameter.getCaughtException());
        removeAll();
        var retry = new Button(
                "Try again",
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().reload()));
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new EmptyState(
                VaadinIcon.PLUG,
                "Can't reach the database",
                "This page needs the database, which isn't answering just now. Factline keeps trying;"
                        + " the banner above goes when it is back.",
                retry));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
