package org.factline.search.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factline.base.ui.Formats;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewToolbar;
import org.factline.search.IndexStatus;
import org.factline.search.RebuildProgress;
import org.factline.search.SearchIndexService;
import org.factline.security.AppRoles;
import org.factline.security.SystemAuthentication;

/** Admins see whether the search index matches the database and can rebuild it with progress. */
@Route("admin/search-index")
@PageTitle("Search index · Factline")
@Menu(order = 12, icon = "vaadin:database", title = "Search index")
@RolesAllowed(AppRoles.ADMIN)
public class SearchIndexView extends Div {

    /** The indexed entity types and their texts; a type not listed here shows its own name. */
    private static final java.util.Map<String, String> TYPES = java.util.Map.of(
            "Article", "search.type.article",
            "Claim", "search.type.claim",
            "TimelineEvent", "search.type.event",
            "Evidence", "search.type.evidence",
            "Note", "search.type.note",
            "UserAccount", "search.type.user");

    private final SearchIndexService index;
    final Grid<IndexStatus.TypeCount> grid = new Grid<>();
    final Span size = new Span();
    final Span state = new Span();
    final ProgressBar bar = new ProgressBar();
    final Button rebuild = new Button(translate("search-index.rebuild"), VaadinIcon.REFRESH.create());

    SearchIndexView(SearchIndexService index) {
        this.index = index;
        grid.addColumn(t -> TYPES.containsKey(t.type()) ? translate(TYPES.get(t.type())) : t.type())
                .setHeader(translate("search-index.type"));
        grid.addColumn(IndexStatus.TypeCount::database).setHeader(translate("search-index.in-database"));
        grid.addColumn(IndexStatus.TypeCount::indexed).setHeader(translate("search-index.in-index"));
        grid.addColumn(t -> t.database() == t.indexed()
                        ? translate("search-index.up-to-date")
                        : translate("search-index.differs"))
                .setHeader(translate("search-index.state"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);

        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> confirm());
        bar.setVisible(false);

        var intro = new Paragraph(translate("search-index.intro"));
        var content = new Div(intro, grid, new Div(size), new Div(state), bar);
        content.addClassName("view-content");
        add(new ViewToolbar(translate("menu.SearchIndexView"), rebuild), content);
        refresh();
    }

    private void confirm() {
        var dialog = new ConfirmDialog(
                translate("search-index.confirm.title"),
                translate("search-index.confirm.text"),
                translate("search-index.confirm.do"),
                e -> start());
        dialog.setCancelable(true);
        dialog.open();
    }

    private void start() {
        try {
            index.rebuild();
            Notifications.info(translate("search-index.started"));
        } catch (IllegalStateException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    void refresh() {
        IndexStatus status = index.status();
        grid.setItems(status.types());
        size.setText(translate("search-index.size", Formats.bytes(status.sizeBytes())));
        RebuildProgress p = status.rebuild();
        bar.setVisible(p.running());
        bar.setIndeterminate(p.running() && p.total() == 0);
        bar.setValue(p.fraction());
        rebuild.setEnabled(!p.running());
        state.setText(
                switch (p.state()) {
                    case NEVER -> translate("search-index.never");
                    case RUNNING -> translate("search-index.running", p.done(), p.total());
                    case DONE ->
                        translate(
                                "search-index.done",
                                SystemAuthentication.SYSTEM.equals(p.startedBy())
                                        ? translate("search-index.by-system")
                                        : p.startedBy(),
                                Formats.moment(p.finishedAt()),
                                p.done());
                    case FAILED -> translate("search-index.failed", p.error());
                });
        UI.getCurrent().setPollInterval(p.running() ? 1000 : -1);
    }
}
