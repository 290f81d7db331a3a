package org.factline.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.factline.base.ui.ViewContent;
import org.factline.base.ui.ViewToolbar;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.ClaimSummary;
import org.factline.search.SearchService;
import org.factline.security.AppRoles;
import org.springframework.data.domain.Sort;

/** All claims: filter by status, tag or text; open one; add one by hand. */
@Route("claims")
@PageTitle("Claims · Factline")
@Menu(order = 2, icon = "vaadin:comment-ellipsis-o", title = "Claims")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimsView extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ClaimService claims;
    private final SearchService search;
    final TextField text = new TextField();
    final Select<ClaimStatus> status = new Select<>();
    final TextField tag = new TextField();
    final Grid<ClaimSummary> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<ClaimSummary, Void, ClaimFilter> data;

    ClaimsView(ClaimService claims, SearchService search) {
        this.search = search;
        this.claims = claims;
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        var add = new Button(
                "New claim", VaadinIcon.PLUS.create(), e -> new NewClaimDialog(claims, search, null, null, -1).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        text.setPlaceholder("Claim or claimant");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.setPlaceholder("Any status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        tag.setPlaceholder("Tag");
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        tag.addValueChangeListener(e -> applyFilter());
        var filters = new FlexLayout(text, status, tag);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");

        data = new CallbackDataProvider<ClaimSummary, ClaimFilter>(
                        q -> claims
                                .find(
                                        q.getFilter().orElse(ClaimFilter.all()),
                                        q.getOffset(),
                                        q.getLimit(),
                                        Sort.unsorted())
                                .stream(),
                        q -> (int) claims.count(q.getFilter().orElse(ClaimFilter.all())),
                        ClaimSummary::id)
                .withConfigurableFilter();
        grid.addComponentColumn(c -> new Anchor("claims/" + c.id(), c.text()))
                .setHeader("Claim")
                .setFlexGrow(4);
        grid.addColumn(c -> c.claimant() == null ? "" : c.claimant())
                .setHeader("Claimant")
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
                    var badge = new Span(c.status().label());
                    badge.addClassNames(
                            "badge-role", "status-" + c.status().name().toLowerCase());
                    return badge;
                })
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.claimDate() == null ? "" : DAY.format(c.claimDate()))
                .setHeader("Claim date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> String.join(", ", c.tags())).setHeader("Tags").setAutoWidth(true);
        grid.addColumn(ClaimSummary::createdBy)
                .setHeader("Added by")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(
                "No claims yet. Select a passage in an article and choose \u201cCreate claim\u201d, or add one here.");
        grid.setItems(data);
        grid.setSizeFull();

        var body = ViewContent.fill(filters, grid);
        add(new ViewToolbar("Claims", add), body);
    }

    private void applyFilter() {
        data.setFilter(new ClaimFilter(text.getValue(), status.getValue(), tag.getValue(), null));
    }
}
