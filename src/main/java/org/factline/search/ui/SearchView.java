package org.factline.search.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.MainLayout;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles;

/** Results page of the header search box ({@code /search?q=…}). */
@Route(MainLayout.SEARCH_ROUTE)
@PageTitle("Search · Factline")
@Menu(order = 5, icon = "vaadin:search", title = "Search")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class SearchView extends Div implements BeforeEnterObserver {

    private final Div body = new Div();

    public SearchView() {
        body.addClassName("view-content");
        add(new ViewToolbar("Search"), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String query = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("q")
                .orElse("")
                .strip();
        body.removeAll();
        body.add(new EmptyState(
                VaadinIcon.SEARCH,
                query.isEmpty() ? "Search everything" : "No results for \u201c" + query + "\u201d",
                "Articles, claims, notes, evidence and timeline events become searchable here as they are added."));
    }
}
