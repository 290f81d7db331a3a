package org.factline.user.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

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

    final PasswordField current = new PasswordField(translate("password.current"));
    final PasswordField password = new PasswordField(translate("password.new"));
    final PasswordField confirmation = new PasswordField(translate("password.repeat"));
    final Button save = new Button(translate("shell.change-password"));

    ChangePasswordView(AccountService accounts, CurrentUser currentUser, SignedInSession session) {
        boolean forced = currentUser.require().passwordChangeRequired();
        var intro = new Paragraph(forced ? translate("password.intro.forced") : translate("password.intro"));
        password.setHelperText(translate("password.helper", PasswordPolicy.MIN_LENGTH));
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
                Notifications.success(translate("password.changed"));
                UI.getCurrent().navigate("");
            } catch (ValidationException ex) {
                errors.show(ex);
            }
        });

        var form = new FormLayout(current, password, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var body = new Div(intro, form, save);
        body.addClassNames("view-content", "narrow-form");
        add(new ViewToolbar(forced ? translate("password.choose") : translate("shell.change-password")), body);
        current.focus();
    }
}
