package org.factline.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.factline.audit.AuditEntryDetail;
import org.factline.audit.AuditExport;
import org.factline.audit.AuditFilter;
import org.factline.audit.AuditLog;
import org.factline.base.ui.ExportMenu;
import org.factline.base.ui.ViewContent;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** Admins browse who changed what, filtered by person, action, text and dates. */
@Route("admin/audit")
@PageTitle("Audit log · Factline")
@Menu(order = 11, icon = "vaadin:records", title = "Audit log")
@RolesAllowed(AppRoles.ADMIN)
public class AuditLogView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final TextField actor = new TextField("Who");
    final TextField action = new TextField("Action");
    final TextField text = new TextField("Contains");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<AuditEntryDetail> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<AuditEntryDetail, Void, AuditFilter> data;

    AuditLogView(AuditLog auditLog, AuditExport export) {
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        data = new CallbackDataProvider<AuditEntryDetail, AuditFilter>(
                        q -> auditLog
                                .search(
                                        q.getFilter().orElse(AuditFilter.none()),
                                        PageRequest.of(
                                                q.getOffset() / Math.max(1, q.getLimit()), Math.max(1, q.getLimit())))
                                .stream(),
                        q -> (int) auditLog.count(q.getFilter().orElse(AuditFilter.none())),
                        AuditEntryDetail::id)
                .withConfigurableFilter();

        action.setPlaceholder("e.g. user.disabled");
        for (TextField f : new TextField[] {actor, action, text}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> applyFilter());
        }
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());
        var clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create(), e -> {
            actor.clear();
            action.clear();
            text.clear();
            from.clear();
            to.clear();
        });
        var filters = new FlexLayout(actor, action, text, from, to, clear);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");

        grid.addColumn(e -> WHEN.format(e.occurredAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntryDetail::actor)
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntryDetail::action)
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntryDetail::summary).setHeader("Summary");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(AuditLogView::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No audit entries match these filters.");
        grid.setItems(data);
        grid.setSizeFull();

        var body = ViewContent.fill(filters, grid);
        var exportMenu = new ExportMenu().addTable("Audit log", "factline-audit-log", format -> {
            AuditFilter shown = currentFilter();
            return out -> export.write(shown, format, out);
        });
        add(new ViewToolbar("Audit log", exportMenu), body);
    }

    private void applyFilter() {
        data.setFilter(currentFilter());
    }

    private AuditFilter currentFilter() {
        return new AuditFilter(
                actor.getValue(),
                action.getValue(),
                text.getValue(),
                start(from.getValue()),
                start(to.getValue() == null ? null : to.getValue().plusDays(1)));
    }

    private static java.time.@Nullable Instant start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private static Div details(AuditEntryDetail e) {
        var div = new Div();
        div.add(new Div("Target: " + e.targetType() + (e.targetId() == null ? "" : " " + e.targetId())));
        if (e.before() != null) {
            div.add(new Div("Before:"), new Pre(e.before()));
        }
        if (e.after() != null) {
            div.add(new Div("After:"), new Pre(e.after()));
        }
        return div;
    }
}
