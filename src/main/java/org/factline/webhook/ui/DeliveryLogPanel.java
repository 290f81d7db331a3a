package org.factline.webhook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;
import org.factline.webhook.DeliveryStatus;
import org.factline.webhook.DeliverySummary;
import org.factline.webhook.EndpointSummary;
import org.factline.webhook.WebhookService;
import org.jspecify.annotations.Nullable;

/** The latest deliveries to one endpoint, with "Retry now" for failed and waiting ones. */
final class DeliveryLogPanel extends Composite<Div> {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final WebhookService service;
    final H2 title = new H2("Deliveries");
    final Grid<DeliverySummary> grid = new Grid<>();
    private @Nullable EndpointSummary endpoint;
    private List<DeliverySummary> shown = List.of();

    DeliveryLogPanel(WebhookService service) {
        this.service = service;
        grid.addColumn(d -> WHEN.format(d.createdAt())).setHeader("Time").setAutoWidth(true);
        grid.addColumn(d -> d.event().label()).setHeader("Event").setAutoWidth(true);
        grid.addComponentColumn(DeliveryLogPanel::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(d -> d.lastResponseCode() == null ? "\u2014" : String.valueOf(d.lastResponseCode()))
                .setHeader("Response")
                .setAutoWidth(true);
        grid.addColumn(DeliverySummary::attempts).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(d -> d.lastAttemptAt() == null ? "not yet" : WHEN.format(d.lastAttemptAt()))
                .setHeader("Last attempt")
                .setAutoWidth(true);
        grid.addColumn(d -> d.lastError() == null ? "" : d.lastError())
                .setHeader("Error")
                .setTooltipGenerator(d -> d.lastError() == null ? "" : d.lastError())
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("Nothing sent to this endpoint yet. \u201cSend test event\u201d tries it out.");
        grid.setAllRowsVisible(true);

        title.addClassName("webhook-log-title");
        var refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().add(new Div(title, refresh), grid);
        getContent().addClassName("webhook-log");
    }

    /** Shows the log of this endpoint, or nothing. */
    void show(@Nullable EndpointSummary endpoint) {
        this.endpoint = endpoint;
        setVisible(endpoint != null);
        if (endpoint != null) {
            title.setText("Deliveries to " + endpoint.url());
        }
        refresh();
    }

    void refresh() {
        shown = endpoint == null ? List.of() : service.deliveries(endpoint.id());
        grid.setItems(shown);
    }

    /** A first attempt is due or one is on its way (retries wait minutes): worth refreshing by itself. */
    boolean waiting() {
        return shown.stream()
                .anyMatch(d -> d.status() == DeliveryStatus.SENDING
                        || (d.status() == DeliveryStatus.PENDING && d.attempts() == 0));
    }

    void retry(DeliverySummary delivery) {
        try {
            DeliverySummary after = service.retry(delivery.id());
            if (after.status() == DeliveryStatus.DELIVERED) {
                Notifications.success("Delivered (HTTP " + after.lastResponseCode() + ")");
            } else {
                Notifications.error("Still not delivered: " + after.lastError());
            }
        } catch (ValidationException | ItemNotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private Component actions(DeliverySummary d) {
        if (!d.retryable()) {
            return new Span();
        }
        var retry = new Button("Retry now", e -> retry(d));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return retry;
    }

    private static Component status(DeliverySummary d) {
        var badge = new Span(
                d.status() == DeliveryStatus.PENDING && d.attempts() > 0
                        ? "Retry at " + WHEN.format(d.nextAttemptAt())
                        : d.status().label());
        badge.addClassNames("badge", "delivery-" + d.status().name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
