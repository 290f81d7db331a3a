package org.factline.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.factline.article.ArticleService;
import org.factline.audit.AuditEntryDetail;
import org.factline.audit.AuditLog;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.user.UserDirectory;

/** Home: figures about the workspace and what you did lately. */
@Route("")
@PageTitle("Dashboard · Factline")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
public class DashboardView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final UserDirectory directory;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    final Div stats = new Div();
    final Div activity = new Div();

    private final ArticleService articles;

    DashboardView(UserDirectory directory, AuditLog auditLog, CurrentUser currentUser, ArticleService articles) {
        this.articles = articles;
        this.directory = directory;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        stats.addClassName("stat-cards");
        var body = new Div(stats, new H2("Your recent activity"), activity);
        body.addClassName("view-content");
        String name = currentUser.get().map(p -> p.displayName()).orElse("");
        add(new ViewToolbar("Welcome, " + name), body);
    }

    /** Loaded on attach, i.e. only once navigation here has been allowed. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        stats.removeAll();
        if (currentUser.hasRole(AppRoles.Role.FACT_CHECKER)) {
            stats.add(stat(articles.countActive(), "articles"));
        }
        stats.add(stat(directory.countActiveMembers(), "active team members"));
        activity.removeAll();
        var entries = auditLog.myRecentActivity(10);
        if (entries.isEmpty()) {
            activity.add(new EmptyState(
                    VaadinIcon.CLOCK,
                    "Nothing yet",
                    "What you do in Factline (imports, claims, votes, reviews) will be listed here."));
            return;
        }
        var grid = new Grid<AuditEntryDetail>();
        grid.addColumn(e -> WHEN.format(e.occurredAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntryDetail::summary).setHeader("What");
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        activity.add(grid);
    }

    private static Component stat(long value, String label) {
        var number = new Span(String.valueOf(value));
        number.addClassName("stat-value");
        var text = new Span(label);
        text.addClassName("stat-label");
        var card = new Div(number, new Div(text));
        card.addClassName("stat-card");
        return card;
    }
}
