package org.factline.search.ui;

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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewToolbar;
import org.factline.search.IndexStatus;
import org.factline.search.RebuildProgress;
import org.factline.search.SearchIndexService;
import org.factline.security.AppRoles;

/** Admins see whether the search index matches the database and can rebuild it with progress. */
@Route("admin/search-index")
@PageTitle("Search index · Factline")
@Menu(order = 12, icon = "vaadin:database", title = "Search index")
@RolesAllowed(AppRoles.ADMIN)
public class SearchIndexView extends Div {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final SearchIndexService index;
    final Grid<IndexStatus.TypeCount> grid = new Grid<>();
    final Span size = new Span();
    final Span state = new Span();
    final ProgressBar bar = new ProgressBar();
    final Button rebuild = new Button("Rebuild index", VaadinIcon.REFRESH.create());

    SearchIndexView(SearchIndexService index) {
        this.index = index;
        grid.addColumn(t -> t.type()).setHeader("Type");
        grid.addColumn(IndexStatus.TypeCount::database).setHeader("In database");
        grid.addColumn(IndexStatus.TypeCount::indexed).setHeader("In index");
        grid.addColumn(t -> t.database() == t.indexed() ? "Up to date" : "Differs: rebuild")
                .setHeader("State");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);

        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> confirm());
        bar.setVisible(false);

        var intro = new Paragraph("Changes are indexed as they are saved. Rebuild when the index was lost or"
                + " restored from an older backup, or after changing analysis settings; search keeps working"
                + " meanwhile, with results filling in as documents are written.");
        var content = new Div(intro, grid, new Div(size), new Div(state), bar);
        content.addClassName("view-content");
        add(new ViewToolbar("Search index", rebuild), content);
        refresh();
    }

    private void confirm() {
        var dialog = new ConfirmDialog(
                "Rebuild the search index?",
                "Every article, claim and account is read from the database and indexed again. On a large"
                        + " workspace this takes minutes.",
                "Rebuild",
                e -> start());
        dialog.setCancelable(true);
        dialog.open();
    }

    private void start() {
        try {
            index.rebuild();
            Notifications.info("Rebuilding the search index…");
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
        size.setText("Index size: " + human(status.sizeBytes()));
        RebuildProgress p = status.rebuild();
        bar.setVisible(p.running());
        bar.setIndeterminate(p.running() && p.total() == 0);
        bar.setValue(p.fraction());
        rebuild.setEnabled(!p.running());
        state.setText(
                switch (p.state()) {
                    case NEVER -> "No rebuild since the server started.";
                    case RUNNING -> "Rebuilding: " + p.done() + " of " + p.total() + " documents…";
                    case DONE ->
                        "Last rebuild by " + p.startedBy() + " finished " + TIME.format(p.finishedAt()) + ": "
                                + p.done() + " documents.";
                    case FAILED -> "Last rebuild failed: " + p.error();
                });
        UI.getCurrent().setPollInterval(p.running() ? 1000 : -1);
    }

    private static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
