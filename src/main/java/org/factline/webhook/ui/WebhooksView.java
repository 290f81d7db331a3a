package org.factline.webhook.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles;
import org.factline.webhook.DeliveryStatus;
import org.factline.webhook.DeliverySummary;
import org.factline.webhook.EndpointSecret;
import org.factline.webhook.EndpointSummary;
import org.factline.webhook.WebhookEvent;
import org.factline.webhook.WebhookService;
import org.jspecify.annotations.Nullable;

/** Admins add, change, test and remove webhook endpoints and read each one's delivery log. */
@Route("admin/webhooks")
@PageTitle("Webhooks · Factline")
@Menu(order = 15, icon = "vaadin:connect", title = "Webhooks")
@RolesAllowed(AppRoles.ADMIN)
public class WebhooksView extends VerticalLayout {

    private final WebhookService service;
    final Grid<EndpointSummary> grid = new Grid<>();
    final DeliveryLogPanel log;
    final EmptyState empty;
    private final Div list;
    private @Nullable Registration polling;

    WebhooksView(WebhookService service) {
        this.service = service;
        this.log = new DeliveryLogPanel(service);
        setPadding(false);

        var add = new Button("New endpoint", VaadinIcon.PLUS.create(), e -> openNew());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var addFirst = new Button("Add the first endpoint", e -> openNew());
        addFirst.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty = new EmptyState(
                VaadinIcon.CONNECT,
                "No webhook endpoints yet",
                "Add an address, and Factline POSTs a signed JSON event there whenever an editor approves a"
                        + " verdict or reopens a verified claim: a CMS can publish or withdraw the verdict at once.",
                addFirst);

        grid.addComponentColumn(WebhooksView::address).setHeader("Endpoint").setFlexGrow(1);
        grid.addColumn(e ->
                        e.events().stream().map(WebhookEvent::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Events")
                .setAutoWidth(true);
        grid.addComponentColumn(WebhooksView::state).setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setFlexGrow(0).setWidth("5rem");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                log.show(e.getValue());
            }
        });

        var intro = new Paragraph("Each request carries an X-Factline-Signature header (HMAC-SHA256 with the"
                + " endpoint's secret); failed deliveries are retried after 1 minute, 5 minutes, 30 minutes,"
                + " 2 hours and 12 hours. See docs/webhooks.md for the payload and how to verify it.");
        list = new Div(intro, grid, log);
        list.addClassName("webhook-list");
        var content = new Div(empty, list);
        content.addClassName("view-content");
        add(new ViewToolbar("Webhooks", add), content);
        refresh(null);
    }

    void openNew() {
        EndpointDialog.create(service, created -> {
                    Notifications.success("Added " + created.endpoint().url());
                    refresh(created.endpoint().id());
                    new SecretDialog(created).open();
                })
                .open();
    }

    void openEdit(EndpointSummary endpoint) {
        EndpointDialog.edit(service, endpoint, saved -> refresh(saved.id())).open();
    }

    void sendTest(EndpointSummary endpoint) {
        try {
            DeliverySummary d = service.sendTest(endpoint.id());
            if (d.status() == DeliveryStatus.DELIVERED) {
                Notifications.success("Test event delivered (HTTP " + d.lastResponseCode() + ")");
            } else {
                Notifications.error("Test event not delivered: " + d.lastError());
            }
        } catch (ItemNotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh(endpoint.id());
    }

    void toggle(EndpointSummary endpoint) {
        act(
                () -> service.setEnabled(endpoint.id(), endpoint.version(), !endpoint.enabled()),
                (endpoint.enabled() ? "Disabled " : "Enabled ") + endpoint.url(),
                endpoint.id());
    }

    void confirmNewSecret(EndpointSummary endpoint) {
        var dialog = new ConfirmDialog(
                "Make a new secret for " + endpoint.url() + "?",
                "The current secret stops working at once: requests are signed with the new one, which the"
                        + " receiver must have before it can accept them again.",
                "Make new secret",
                e -> {
                    try {
                        EndpointSecret replaced = service.newSecret(endpoint.id(), endpoint.version());
                        refresh(endpoint.id());
                        new SecretDialog(replaced).open();
                    } catch (ConcurrentEditException | ItemNotFoundException ex) {
                        Notifications.error(ex.getMessage());
                        refresh(endpoint.id());
                    }
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    void confirmDelete(EndpointSummary endpoint) {
        var dialog = new ConfirmDialog(
                "Delete the endpoint " + endpoint.url() + "?",
                "Factline stops sending to it, deliveries still queued are dropped and its delivery log is"
                        + " deleted. This can't be undone.",
                "Delete",
                e -> {
                    try {
                        service.delete(endpoint.id());
                        Notifications.success("Deleted " + endpoint.url());
                    } catch (ItemNotFoundException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    refresh(null);
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private void act(Supplier<EndpointSummary> action, String success, long id) {
        try {
            action.get();
            Notifications.success(success);
        } catch (ValidationException | ConcurrentEditException | ItemNotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh(id);
    }

    /** Lists the endpoints again and selects {@code selectId} (or keeps the selection, or the first). */
    void refresh(@Nullable Long selectId) {
        EndpointSummary selected = grid.asSingleSelect().getValue();
        long wanted = selectId != null ? selectId : selected != null ? selected.id() : -1;
        List<EndpointSummary> endpoints = service.endpoints();
        empty.setVisible(endpoints.isEmpty());
        list.setVisible(!endpoints.isEmpty());
        grid.setItems(endpoints);
        EndpointSummary pick = endpoints.stream()
                .filter(e -> e.id() == wanted)
                .findFirst()
                .orElse(endpoints.isEmpty() ? null : endpoints.getFirst());
        if (pick != null) {
            grid.select(pick);
        }
        log.show(pick);
    }

    private Component actions(EndpointSummary endpoint) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel("Actions for " + endpoint.url());
        var sub = more.getSubMenu();
        sub.addItem("Send test event", e -> sendTest(endpoint));
        sub.addItem("Edit\u2026", e -> openEdit(endpoint));
        sub.addItem(endpoint.enabled() ? "Disable" : "Enable", e -> toggle(endpoint));
        sub.addItem("New secret\u2026", e -> confirmNewSecret(endpoint));
        sub.addItem("Delete\u2026", e -> confirmDelete(endpoint));
        return menu;
    }

    private static Component address(EndpointSummary endpoint) {
        var url = new Span(endpoint.url());
        url.addClassName("webhook-url");
        var cell = new Div(url);
        if (endpoint.description() != null) {
            var description = new Span(endpoint.description());
            description.addClassName("webhook-description");
            cell.add(description);
        }
        return cell;
    }

    private static Component state(EndpointSummary endpoint) {
        var badge = new Span(endpoint.enabled() ? "Enabled" : "Disabled");
        badge.addClassName("badge-role");
        if (!endpoint.enabled()) {
            badge.addClassName("badge-disabled");
        }
        return badge;
    }

    /** The log refreshes by itself: every few seconds while a delivery is on its way, else every 15. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        polling = event.getUI().addPollListener(e -> {
            log.refresh();
            event.getUI().setPollInterval(log.waiting() ? 3000 : 15000);
        });
        event.getUI().setPollInterval(log.waiting() ? 3000 : 15000);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
