package org.factline.user.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;
import org.factline.security.TokenScope;
import org.factline.user.AccessTokens;
import org.factline.user.CreatedAccessToken;
import org.factline.user.NewAccessToken;
import org.factline.user.domain.AccessToken;

/**
 * Creates a token: name, scope and how long it works; then shows the secret once, with a copy
 * button, and says it won't be shown again.
 */
final class NewAccessTokenDialog extends Dialog {

    /** Validity choices, in days. */
    enum Validity {
        WEEK(7, "7 days"),
        MONTH(30, "30 days"),
        QUARTER(90, "90 days"),
        YEAR(365, "1 year");

        final int days;
        final String label;

        Validity(int days, String label) {
            this.days = days;
            this.label = label;
        }
    }

    final TextField name = new TextField("Name");
    final RadioButtonGroup<TokenScope> scope = new RadioButtonGroup<>("Scope");
    final Select<Validity> validity = new Select<>();
    final Button create = new Button("Create token");

    NewAccessTokenDialog(AccessTokens tokens, Consumer<CreatedAccessToken> created) {
        setHeaderTitle("New access token");
        name.setHelperText("What uses it, e.g. \"CMS import\" or \"weekly report script\"");
        name.setMaxLength(AccessToken.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        scope.setItems(TokenScope.values());
        scope.setItemLabelGenerator(s -> s == TokenScope.READ
                ? "Read only: list and read"
                : "Read and write: also import, vote, propose and change what your roles allow");
        scope.setValue(TokenScope.READ);
        validity.setLabel("Expires after");
        validity.setItems(Validity.values());
        validity.setItemLabelGenerator(v -> v.label);
        validity.setValue(Validity.QUARTER);

        var errors = new FieldErrors(Map.of("name", name, "validDays", validity));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> {
            try {
                CreatedAccessToken token =
                        tokens.create(new NewAccessToken(name.getValue(), scope.getValue(), validity.getValue().days));
                created.accept(token);
                showSecret(token);
            } catch (ValidationException ex) {
                if (ex.field() == null) {
                    Notifications.error(ex.getMessage());
                } else {
                    errors.show(ex);
                }
                create.setEnabled(true);
            }
        });
        var form = new FormLayout(name, scope, validity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("The token acts as you in the Factline API, never with more than your roles allow."), form);
        getFooter().add(new Button("Cancel", e -> close()), create);
        setWidth("min(34rem, 95vw)");
    }

    private void showSecret(CreatedAccessToken token) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle("Token \"" + token.token().name() + "\" created");
        var secret = new TextField("Your new token");
        secret.setValue(token.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("new-access-token");
        var copy = new Button("Copy", VaadinIcon.COPY.create(), e -> {
            secret.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", token.secret());
            Notifications.success("Token copied.");
        });
        add(
                new Paragraph("Copy it now and keep it somewhere safe: it won't be shown again. Send it as"
                        + " 'Authorization: Bearer <token>'."),
                secret);
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, done);
    }
}
