package org.factline.article.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factline.article.ImportJobSummary;
import org.factline.article.ImportJobs;
import org.factline.article.LiveImports;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.ViewContent;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;

/** The team's import jobs, newest first, with live progress; cancel and retry for fact-checkers. */
@Route("imports")
@PageTitle("Imports · Factline")
@Menu(order = 1.5, icon = "vaadin:tasks", title = "Imports")
@PermitAll
public class ImportsView extends Div {

    private final ImportJobs service;
    private final Broadcaster broadcaster;
    private final boolean canAct;
    final Grid<ImportJobSummary> grid = new Grid<>();
    final Div empty = new Div();
    private final CallbackDataProvider<ImportJobSummary, Void> data;

    ImportsView(ImportJobs service, Broadcaster broadcaster, CurrentUser currentUser) {
        this.service = service;
        this.broadcaster = broadcaster;
        this.canAct = currentUser.hasRole(AppRoles.Role.FACT_CHECKER);
        this.data = new CallbackDataProvider<>(
                q -> service.jobs(q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(),
                ImportJobSummary::id);
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");

        grid.addComponentColumn(job -> {
                    var link = new Anchor("imports/" + job.id(), job.label());
                    link.addClassName("import-job-link");
                    return link;
                })
                .setHeader(translate("articles.import"))
                .setKey("label")
                .setFlexGrow(3);
        grid.addColumn(ImportJobSummary::createdBy)
                .setHeader(translate("imports.started-by"))
                .setKey("createdBy")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(job -> org.factline.base.ui.Formats.shortMoment(job.createdAt()))
                .setHeader(translate("imports.started"))
                .setKey("createdAt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(ImportJobActions::progress)
                .setHeader(translate("imports.progress"))
                .setKey("progress")
                .setFlexGrow(2);
        grid.addComponentColumn(
                        job -> ImportJobActions.buttons(service, job, canAct, changed -> data.refreshItem(changed)))
                .setHeader("")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(data);
        grid.setSizeFull();

        empty.add(new EmptyState(
                VaadinIcon.TASKS,
                translate("imports.empty"),
                translate("imports.empty.text"),
                new Button(translate("imports.go-articles"), e -> getUI().ifPresent(ui -> ui.navigate("articles")))));
        add(new ViewToolbar(translate("menu.ImportsView")), ViewContent.fill(grid, empty));
        refreshEmptyState();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // LiveImports already coalesces a busy job's changes into a few pushes a second.
        var subscription = broadcaster.subscribe(LiveImports.LIST_TOPIC, attachEvent.getUI(), this::refresh);
        addDetachListener(detach -> {
            subscription.remove();
            detach.unregisterListener();
        });
    }

    /** How often a live update redrew the list (tests check that one came). */
    int liveRefreshes;

    void refresh() {
        liveRefreshes++;
        data.refreshAll();
        refreshEmptyState();
    }

    private void refreshEmptyState() {
        boolean none = service.count() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
    }
}
