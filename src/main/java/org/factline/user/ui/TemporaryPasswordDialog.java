package org.factline.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a one-time password once, ready to copy; it is not stored anywhere in plain text. */
final class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(String username, String password) {
        setHeaderTitle("One-time password for " + username);
        var field = new TextField("One-time password");
        field.setValue(password);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("temporary-password");
        add(
                new Paragraph("Pass this password on securely. " + username
                        + " must choose a new one at first sign-in. It won't be shown again."),
                field);
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setWidth("min(32rem, 95vw)");
    }
}
