package org.factline.user.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.factline.base.ValidationException;
import org.factline.base.ui.AppRoutes;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.CurrentUser;
import org.factline.security.SignedInSession;
import org.factline.user.AccountService;
import org.factline.user.PasswordPolicy;

/** Change one's own password; also where a forced change (first sign-in, reset) lands. */
@Route(AppRoutes.CHANGE_PASSWORD)
@PageTitle("Change password · Factline")
@PermitAll
public class ChangePasswordView extends Div {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField password = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("Repeat new password");
    final Button save = new Button("Change password");

    ChangePasswordView(AccountService accounts, CurrentUser currentUser, SignedInSession session) {
        boolean forced = currentUser.require().passwordChangeRequired();
        var intro = new Paragraph(
                forced
                        ? "Before you start, replace your one-time password with one only you know."
                        : "Choose a new password. Your other signed-in devices will be signed out.");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. A few unrelated words make a strong, memorable password.");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);

        var errors =
                new FieldErrors(Map.of("currentPassword", current, "password", password, "confirmation", confirmation));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                long epoch = accounts.changePassword(current.getValue(), password.getValue(), confirmation.getValue());
                session.adoptPasswordChange(epoch);
                errors.clear();
                Notifications.success("Your password has been changed.");
                UI.getCurrent().navigate("");
            } catch (ValidationException ex) {
                errors.show(ex);
            }
        });

        var form = new FormLayout(current, password, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var body = new Div(intro, form, save);
        body.addClassNames("view-content", "narrow-form");
        add(new ViewToolbar(forced ? "Choose your password" : "Change password"), body);
        current.focus();
    }
}
