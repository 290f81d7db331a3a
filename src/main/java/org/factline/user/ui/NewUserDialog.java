package org.factline.user.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.SubmitOnce;
import org.factline.security.AppRoles.Role;
import org.factline.user.CreatedUser;
import org.factline.user.NewUser;
import org.factline.user.UserAdminService;
import org.factline.user.domain.UserAccount;

/** Create an account; the service generates a one-time password shown afterwards. */
final class NewUserDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Full name");
    final EmailField email = new EmailField("E-mail (optional)");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");

    NewUserDialog(UserAdminService service, Consumer<CreatedUser> onCreated) {
        setHeaderTitle("New user");
        username.setMaxLength(UserAccount.USERNAME_MAX_LENGTH);
        username.setHelperText("Lowercase letters, digits, dots, dashes");
        username.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(UserAccount.DISPLAY_NAME_MAX_LENGTH);
        displayName.setRequiredIndicatorVisible(true);
        email.setMaxLength(UserAccount.EMAIL_MAX_LENGTH);
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.setValue(EnumSet.of(Role.FACT_CHECKER));
        roles.setHelperText("Editors can also do everything fact-checkers do");

        var form = new FormLayout(username, displayName, email, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var errors = new FieldErrors(
                Map.of("username", username, "displayName", displayName, "email", email, "roles", roles));
        var create = SubmitOnce.button("Create user", e -> {
            try {
                var created = service.create(
                        new NewUser(username.getValue(), displayName.getValue(), email.getValue(), roles.getValue()));
                close();
                onCreated.accept(created);
            } catch (ValidationException ex) {
                errors.show(ex);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), create);
        setWidth("min(30rem, 95vw)");
        username.focus();
    }
}
