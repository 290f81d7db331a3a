package org.factline.article.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.factline.article.ImportItemState;
import org.factline.article.ImportJobItemEntry;
import org.factline.article.ImportJobSummary;
import org.factline.article.ImportJobs;
import org.factline.article.LiveImports;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.Formats;
import org.factline.base.ui.NotFoundView;
import org.factline.base.ui.ViewContent;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/** One import job: its items with their outcome and a link to each imported article, live. */
@Route("imports/:id")
@PermitAll
public class ImportJobView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ImportJobs service;
    private final Broadcaster broadcaster;
    private final boolean canAct;
    final Div header = new Div();
    final Grid<ImportJobItemEntry> items = new Grid<>();

    @Nullable
    ImportJobSummary job;

    ImportJobView(ImportJobs service, Broadcaster broadcaster, CurrentUser currentUser) {
        this.service = service;
        this.broadcaster = broadcaster;
        this.canAct = currentUser.hasRole(AppRoles.Role.FACT_CHECKER);
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        items.addColumn(ImportJobItemEntry::position)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        items.addColumn(ImportJobItemEntry::item)
                .setHeader(translate("imports.item.address"))
                .setKey("item")
                .setFlexGrow(2);
        items.addComponentColumn(ImportJobView::stateBadge)
                .setHeader(translate("imports.item.state"))
                .setKey("state")
                .setAutoWidth(true)
                .setFlexGrow(0);
        items.addColumn(i -> i.outcome() == null ? "" : i.outcome())
                .setHeader(translate("imports.item.outcome"))
                .setKey("outcome")
                .setFlexGrow(3);
        items.addComponentColumn(ImportJobView::articleLink)
                .setHeader(translate("imports.item.article"))
                .setKey("article")
                .setAutoWidth(true)
                .setFlexGrow(0);
        items.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.setEmptyStateText(translate("imports.item.none"));
        items.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(service.job(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | ItemNotFoundException e) {
            NotFoundView.reroute(event, translate("imports.no-such"), "imports", translate("imports.all"));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (job == null) {
            return;
        }
        var subscription = broadcaster.subscribe(LiveImports.topic(job.id()), attachEvent.getUI(), this::refresh);
        addDetachListener(detach -> {
            subscription.remove();
            detach.unregisterListener();
        });
    }

    @Override
    public String getPageTitle() {
        return (job == null ? translate("imports.job") : job.label()) + " · Factline";
    }

    void refresh() {
        if (job == null) {
            return;
        }
        try {
            show(service.job(job.id()));
        } catch (ItemNotFoundException gone) {
            header.removeAll();
            header.add(new Span(gone.getMessage()));
        }
    }

    private void show(ImportJobSummary shown) {
        this.job = shown;
        header.removeAll();
        var by = new Span(
                shown.cancelledBy() == null
                        ? translate("imports.job.by", shown.createdBy(), Formats.shortMoment(shown.createdAt()))
                        : translate(
                                "imports.job.by-cancelled",
                                shown.createdBy(),
                                Formats.shortMoment(shown.createdAt()),
                                shown.cancelledBy()));
        by.addClassName("import-job-meta");
        header.add(
                by,
                ImportJobActions.progress(shown),
                ImportJobActions.buttons(service, shown, canAct, changed -> refresh()));
        items.setItems(service.items(shown.id()));
        if (getChildren().findAny().isEmpty()) {
            add(
                    new ViewToolbar(shown.label(), new Anchor("imports", translate("imports.all"))),
                    ViewContent.fill(header, items));
        }
    }

    private static Component stateBadge(ImportJobItemEntry item) {
        var badge = new Span(label(item.state()));
        badge.addClassNames("badge-role", "import-item-" + item.state().name().toLowerCase(Locale.ROOT));
        if (item.state() == ImportItemState.FAILED) {
            badge.addClassName("badge-warning");
        }
        return badge;
    }

    static String label(ImportItemState state) {
        return switch (state) {
            case PENDING -> translate("imports.item.pending");
            case RUNNING -> translate("imports.item.running");
            case DONE -> translate("imports.item.done");
            case FAILED -> translate("imports.item.failed");
            case CANCELLED -> translate("imports.item.cancelled");
        };
    }

    private static Component articleLink(ImportJobItemEntry item) {
        if (item.articleId() == null) {
            return new Span();
        }
        var link = new Anchor("articles/" + item.articleId(), translate("imports.item.open"));
        link.addClassName("import-article-link");
        return link;
    }
}
