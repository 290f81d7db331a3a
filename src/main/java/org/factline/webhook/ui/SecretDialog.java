package org.factline.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.factline.webhook.EndpointSecret;

/** Shows an endpoint's signing secret once, ready to copy into the receiver. */
final class SecretDialog extends Dialog {

    final TextField secret = new TextField("Signing secret");

    SecretDialog(EndpointSecret created) {
        setHeaderTitle("Signing secret for " + created.endpoint().url());
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("webhook-secret");
        add(
                new Paragraph("Copy this secret into the receiver now: Factline won't show it again. The receiver"
                        + " checks each request's X-Factline-Signature header with it (see docs/webhooks.md)."
                        + " Lost it? Make a new secret from the endpoint's menu."),
                secret);
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setWidth("min(36rem, 95vw)");
    }
}
