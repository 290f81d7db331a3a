package org.factline.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.function.Consumer;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;
import org.factline.security.AppRoles.Role;
import org.factline.user.UserAdminService;
import org.factline.user.UserSummary;

/** Change a user's roles; takes effect in their open sessions at once. */
final class RolesDialog extends Dialog {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");

    RolesDialog(UserAdminService service, UserSummary user, Consumer<UserSummary> onSaved) {
        setHeaderTitle("Roles of " + user.displayName());
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.setValue(user.roles());
        add(
                new Paragraph("Changes apply at once: " + user.username() + "'s open sessions are signed in again."),
                roles);
        var errors = new FieldErrors(Map.of("roles", roles));
        var save = new Button("Save roles", e -> {
            try {
                onSaved.accept(service.changeRoles(user.id(), user.version(), roles.getValue()));
                close();
            } catch (ValidationException ex) {
                errors.show(ex);
            } catch (ItemNotFoundException ex) {
                Notifications.error(ex.getMessage());
            } catch (ConcurrentEditException ex) {
                Notifications.error(ex.getMessage());
                close();
                onSaved.accept(service.get(user.id()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(28rem, 95vw)");
    }
}
