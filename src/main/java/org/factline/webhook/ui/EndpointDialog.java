package org.factline.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;
import org.factline.webhook.EndpointForm;
import org.factline.webhook.EndpointSecret;
import org.factline.webhook.EndpointSummary;
import org.factline.webhook.WebhookEvent;
import org.factline.webhook.WebhookService;
import org.factline.webhook.domain.WebhookEndpoint;
import org.jspecify.annotations.Nullable;

/** Adds an endpoint (the secret is shown afterwards) or changes one. */
final class EndpointDialog extends Dialog {

    final TextField url = new TextField("Address");
    final TextField description = new TextField("Description (optional)");
    final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>("Events");
    final Checkbox enabled = new Checkbox("Enabled");
    final Button save;

    /** A new endpoint. */
    static EndpointDialog create(WebhookService service, Consumer<EndpointSecret> onCreated) {
        return new EndpointDialog(service, null, onCreated, s -> {});
    }

    /** Changes an endpoint; {@code onDone} also runs when it was changed or deleted meanwhile. */
    static EndpointDialog edit(WebhookService service, EndpointSummary endpoint, Consumer<EndpointSummary> onDone) {
        return new EndpointDialog(service, endpoint, s -> {}, onDone);
    }

    private EndpointDialog(
            WebhookService service,
            @Nullable EndpointSummary existing,
            Consumer<EndpointSecret> onCreated,
            Consumer<EndpointSummary> onSaved) {
        setHeaderTitle(existing == null ? "New webhook endpoint" : "Edit webhook endpoint");
        url.setMaxLength(WebhookEndpoint.URL_MAX_LENGTH);
        url.setPlaceholder("https://cms.example.org/hooks/factline");
        url.setHelperText("Factline POSTs signed JSON events here. Internal addresses are refused.");
        url.setRequiredIndicatorVisible(true);
        url.setWidthFull();
        description.setMaxLength(WebhookEndpoint.DESCRIPTION_MAX_LENGTH);
        description.setPlaceholder("CMS verdict box");
        events.setItems(WebhookEvent.subscribable());
        events.setItemLabelGenerator(WebhookEvent::label);
        events.setHelperText("When an editor approves a verdict, or reopens a verified claim");
        if (existing == null) {
            events.setValue(EnumSet.copyOf(WebhookEvent.subscribable()));
            enabled.setValue(true);
        } else {
            url.setValue(existing.url());
            description.setValue(existing.description() == null ? "" : existing.description());
            events.setValue(existing.events());
            enabled.setValue(existing.enabled());
        }

        var form = new FormLayout(url, description, events, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var errors = new FieldErrors(Map.of("url", url, "description", description, "events", events));
        save = new Button(existing == null ? "Add endpoint" : "Save", e -> {
            var entered =
                    new EndpointForm(url.getValue(), description.getValue(), events.getValue(), enabled.getValue());
            try {
                if (existing == null) {
                    EndpointSecret created = service.create(entered);
                    close();
                    onCreated.accept(created);
                } else {
                    EndpointSummary saved = service.update(existing.id(), existing.version(), entered);
                    close();
                    Notifications.success("Saved " + saved.url());
                    onSaved.accept(saved);
                }
            } catch (ValidationException ex) {
                errors.show(ex);
            } catch (ConcurrentEditException | ItemNotFoundException ex) {
                close();
                Notifications.error(ex.getMessage());
                if (existing != null) {
                    onSaved.accept(existing);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(36rem, 95vw)");
        url.focus();
    }
}
