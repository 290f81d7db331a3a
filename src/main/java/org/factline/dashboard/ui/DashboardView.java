package org.factline.dashboard.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

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
import org.factline.article.ArticleService;
import org.factline.audit.AuditEntryDetail;
import org.factline.audit.AuditLog;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.Formats;
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
        var body = new Div(stats, new H2(translate("dashboard.recent")), activity);
        body.addClassName("view-content");
        String name = currentUser.get().map(p -> p.displayName()).orElse("");
        add(new ViewToolbar(translate("dashboard.welcome", name)), body);
    }

    /** Loaded on attach, i.e. only once navigation here has been allowed. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        stats.removeAll();
        if (currentUser.hasRole(AppRoles.Role.FACT_CHECKER)) {
            stats.add(stat(articles.countActive(), "dashboard.stat.articles"));
        }
        stats.add(stat(directory.countActiveMembers(), "dashboard.stat.members"));
        activity.removeAll();
        var entries = auditLog.myRecentActivity(10);
        if (entries.isEmpty()) {
            activity.add(new EmptyState(
                    VaadinIcon.CLOCK, translate("dashboard.empty.title"), translate("dashboard.empty.text")));
            return;
        }
        var grid = new Grid<AuditEntryDetail>();
        grid.addColumn(e -> Formats.moment(e.occurredAt()))
                .setHeader(translate("grid.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntryDetail::summary).setHeader(translate("grid.what"));
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        activity.add(grid);
    }

    private static Component stat(long value, String labelKey) {
        var number = new Span(Formats.number(value));
        number.addClassName("stat-value");
        var text = new Span(translate(labelKey, value));
        text.addClassName("stat-label");
        var card = new Div(number, new Div(text));
        card.addClassName("stat-card");
        return card;
    }
}
