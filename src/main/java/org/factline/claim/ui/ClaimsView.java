package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.factline.article.ArticleService;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.EnumTexts;
import org.factline.base.ui.ExportMenu;
import org.factline.base.ui.Formats;
import org.factline.base.ui.ViewContent;
import org.factline.base.ui.ViewToolbar;
import org.factline.claim.AssigneeFilter;
import org.factline.claim.ClaimAssignments;
import org.factline.claim.ClaimExport;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimOrder;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.ClaimSummary;
import org.factline.search.SearchService;
import org.factline.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * All claims: filter by text, status, tag, assignee and "needs my vote", sort by newest, most
 * votes or most disputed; the address keeps the choice. Open one; add one by hand.
 */
@Route("claims")
@PageTitle("Claims · Factline")
@Menu(order = 2, icon = "vaadin:comment-ellipsis-o", title = "Claims")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimsView extends Div implements BeforeEnterObserver {

    /** An assignee filter choice: its key in the address and its label. */
    record AssigneeOption(String key, String label) {}

    final TextField text = new TextField();
    final Select<ClaimStatus> status = new Select<>();
    final TextField tag = new TextField();
    final ComboBox<AssigneeOption> assignee = new ComboBox<>();
    final Checkbox needsMyVote = new Checkbox(translate("claims.needs-my-vote"));
    final Select<ClaimOrder> order = new Select<>();
    final Grid<ClaimSummary> grid = new Grid<>();
    /** "In article …" with a remove button, when the list is narrowed to one article's claims. */
    final Span articleChip = new Span();

    private @Nullable Long articleId;
    private final ArticleService articles;
    private final ClaimAssignments assignments;
    private final Broadcaster broadcaster;
    private final ConfigurableFilterDataProvider<ClaimSummary, Void, ClaimFilter> data;
    private @Nullable Registration live;
    private boolean restoring;

    ClaimsView(
            ClaimService claims,
            ClaimAssignments assignments,
            SearchService search,
            Broadcaster broadcaster,
            ArticleService articles,
            ClaimExport export,
            List<ClaimListExport> moreExports) {
        this.articles = articles;
        this.assignments = assignments;
        this.broadcaster = broadcaster;
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        var add = new Button(
                translate("claims.new"),
                VaadinIcon.PLUS.create(),
                e -> new NewClaimDialog(claims, search, null, null, -1).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        text.setPlaceholder(translate("claims.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setAriaLabel(translate("claims.filter.text"));
        status.setPlaceholder(translate("claims.any-status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(translate("claims.any-status"));
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(s -> s == null ? translate("claims.any-status") : EnumTexts.of(s));
        status.setAriaLabel(translate("claims.status"));
        tag.setPlaceholder(translate("claims.tag"));
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setAriaLabel(translate("claims.tag"));
        // The team is fetched when the list opens (and as a name is typed), not held by every open list.
        assignee.setItems(
                query -> assigneeOptions(query.getFilter().orElse(""))
                        .skip(query.getOffset())
                        .limit(query.getLimit()),
                query -> (int) assigneeOptions(query.getFilter().orElse("")).count());
        assignee.setItemLabelGenerator(AssigneeOption::label);
        assignee.setPlaceholder(translate("claims.anyones"));
        assignee.setClearButtonVisible(true);
        assignee.setAriaLabel(translate("claims.assignee"));
        needsMyVote.setTooltipText(translate("claims.needs-my-vote.tip"));
        order.setItems(ClaimOrder.values());
        order.setItemLabelGenerator(o -> translate("claims.sort", EnumTexts.of(o)));
        order.setValue(ClaimOrder.NEWEST);
        order.setAriaLabel(translate("claims.sort-by"));
        order.setTooltipText(translate("claims.sort.tip"));
        text.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        tag.addValueChangeListener(e -> applyFilter());
        assignee.addValueChangeListener(e -> applyFilter());
        needsMyVote.addValueChangeListener(e -> applyFilter());
        order.addValueChangeListener(e -> applyFilter());
        articleChip.addClassName("search-chip");
        articleChip.setVisible(false);
        var filters = new FlexLayout(text, status, tag, assignee, needsMyVote, order, articleChip);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");

        data = new CallbackDataProvider<ClaimSummary, ClaimFilter>(
                        q -> claims
                                .find(
                                        q.getFilter().orElse(ClaimFilter.all()),
                                        q.getOffset(),
                                        q.getLimit(),
                                        order.getValue().sort())
                                .stream(),
                        q -> (int) claims.count(q.getFilter().orElse(ClaimFilter.all())),
                        ClaimSummary::id)
                .withConfigurableFilter();
        columns();
        grid.setItems(data);
        grid.setSizeFull();
        // Stable ids: the Gatling load test (src/load/java) finds these nodes in Vaadin's responses.
        grid.setId("claims-grid");
        emptyState(ClaimFilter.all());

        add(
                new ViewToolbar(translate("menu.ClaimsView"), exportMenu(export, moreExports), add),
                ViewContent.fill(filters, grid));
    }

    /** The claims as the list shows them now (filter and order), and what other features add. */
    private ExportMenu exportMenu(ClaimExport export, List<ClaimListExport> moreExports) {
        var menu = new ExportMenu().addTable(translate("menu.ClaimsView"), "factline-claims", format -> {
            var shown = parameters();
            return out -> export.write(shown.filter(), shown.order(), format, out);
        });
        for (ClaimListExport more : moreExports) {
            menu.addTable(more.label(), more.fileName(), format -> {
                var shown = parameters();
                return out -> more.write(shown.filter(), shown.order(), format, out);
            });
        }
        return menu;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var p = ClaimsListParameters.from(event.getLocation().getQueryParameters());
        restoring = true;
        try {
            text.setValue(p.text() == null ? "" : p.text());
            status.setValue(p.status());
            tag.setValue(p.tag() == null ? "" : p.tag());
            assignee.setValue(assigneeOption(p.assignee()));
            needsMyVote.setValue(p.needsMyVote());
            order.setValue(p.order());
            articleId = p.article();
            showArticleChip();
        } finally {
            restoring = false;
        }
        filter(parameters());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // Votes, assignments and moves by teammates show without a reload.
        live = broadcaster.subscribe(ClaimService.LIVE_LIST_TOPIC, attach.getUI(), data::refreshAll);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    private void columns() {
        grid.addComponentColumn(c -> new Anchor("claims/" + c.id(), c.text()))
                .setHeader(translate("claims.claim"))
                .setWidth("20rem") // the statement is what people scan: it gets the room
                .setFlexGrow(4);
        grid.addColumn(c -> c.claimant() == null ? "" : c.claimant())
                .setHeader(translate("claims.claimant"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
                    var badge = new Span(EnumTexts.of(c.status()));
                    badge.addClassNames(
                            "badge-role", "status-" + c.status().name().toLowerCase(Locale.ROOT));
                    return badge;
                })
                .setHeader(translate("claims.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.assignee() == null ? "" : c.assignee())
                .setHeader(translate("claims.assignee"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.voteCount() == 0
                        ? ""
                        : c.voteCount()
                                + (c.voteDispersion() == null
                                        ? ""
                                        : String.format(Locale.ROOT, " \u00b7 \u00b1%.1f", c.voteDispersion())))
                .setHeader(translate("claims.votes-spread"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.claimDate() == null ? "" : Formats.day(c.claimDate()))
                .setHeader(translate("claims.claim-date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> String.join(", ", c.tags()))
                .setHeader(translate("claims.tags"))
                .setAutoWidth(true);
        grid.addColumn(ClaimSummary::createdBy)
                .setHeader(translate("claims.added-by"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private void applyFilter() {
        if (restoring) {
            return;
        }
        var p = parameters();
        filter(p);
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(null, "claims?" + p.toQueryParameters().getQueryString());
    }

    private void filter(ClaimsListParameters p) {
        var filter = p.filter();
        emptyState(filter);
        data.setFilter(filter);
    }

    private ClaimsListParameters parameters() {
        return new ClaimsListParameters(
                text.getValue(),
                status.getValue(),
                tag.getValue(),
                assignee.getValue() == null ? null : assignee.getValue().key(),
                needsMyVote.getValue(),
                order.getValue() == null ? ClaimOrder.NEWEST : order.getValue(),
                articleId);
    }

    private void showArticleChip() {
        articleChip.removeAll();
        articleChip.setVisible(articleId != null);
        if (articleId == null) {
            return;
        }
        String title = articles.titles(List.of(articleId))
                .getOrDefault(articleId, translate("claims.article-n", String.valueOf(articleId)));
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            articleId = null;
            showArticleChip();
            applyFilter();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.getElement().setAttribute("aria-label", translate("claims.all-articles"));
        articleChip.add(new Span(translate("claims.in-article", title)), remove);
    }

    private @Nullable AssigneeOption assigneeOption(@Nullable String key) {
        if (key == null) {
            return null;
        }
        return assigneeOptions("").filter(o -> o.key().equals(key)).findFirst().orElse(null);
    }

    /** translate("claims.assigned-to-me"), translate("claims.unassigned"), then the team by name; those whose label has the typed text. */
    private java.util.stream.Stream<AssigneeOption> assigneeOptions(String filter) {
        String typed = filter.strip().toLowerCase(java.util.Locale.ROOT);
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                                new AssigneeOption(ClaimsListParameters.ME, translate("claims.assigned-to-me")),
                                new AssigneeOption(ClaimsListParameters.NOBODY, translate("claims.unassigned"))),
                        assignments.candidates().stream().map(m -> new AssigneeOption(m.username(), m.displayName())))
                .filter(o -> typed.isEmpty()
                        || o.label().toLowerCase(java.util.Locale.ROOT).contains(typed));
    }

    private void emptyState(ClaimFilter f) {
        boolean mine = f.assignee() != null && f.assignee().kind() == AssigneeFilter.Kind.ME;
        grid.setEmptyStateText(
                f.needsMyVote()
                        ? translate("claims.empty.my-vote")
                        : mine
                                ? translate("claims.empty.mine")
                                : f.equals(ClaimFilter.all())
                                        ? translate("claims.empty.none")
                                        : translate("claims.empty.no-match"));
    }
}
