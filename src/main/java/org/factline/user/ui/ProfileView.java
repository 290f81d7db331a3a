package org.factline.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.stream.Collectors;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.AppRoutes;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles.Role;
import org.factline.user.AccessTokens;
import org.factline.user.AccountService;
import org.factline.user.MyAccount;
import org.factline.user.domain.UserAccount;

/** One's own name, e-mail and account facts. */
@Route(AppRoutes.PROFILE)
@PageTitle("Profile · Factline")
@PermitAll
public class ProfileView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final TextField displayName = new TextField("Full name");
    final EmailField email = new EmailField("E-mail");

    ProfileView(AccountService accounts, AccessTokens tokens) {
        MyAccount me = accounts.me();
        var username = new TextField("Username");
        username.setValue(me.username());
        username.setReadOnly(true);
        var roles = new TextField("Roles");
        roles.setValue(me.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")));
        roles.setReadOnly(true);
        displayName.setValue(me.displayName());
        displayName.setMaxLength(UserAccount.DISPLAY_NAME_MAX_LENGTH);
        email.setValue(me.email() == null ? "" : me.email());

        var errors = new FieldErrors(Map.of("displayName", displayName, "email", email));
        var save = new Button("Save profile", e -> {
            try {
                accounts.updateProfile(displayName.getValue(), email.getValue());
                errors.clear();
                Notifications.success("Profile saved.");
            } catch (ValidationException ex) {
                errors.show(ex);
            } catch (ItemNotFoundException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var form = new FormLayout(username, roles, displayName, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var facts = new Paragraph("Password last changed " + WHEN.format(me.passwordChangedAt())
                + (me.lastLoginAt() == null ? "." : "; last sign-in " + WHEN.format(me.lastLoginAt()) + "."));
        var account = new Div(form, save, facts);
        account.addClassName("narrow-form");
        var body = new Div(account, new AccessTokensPanel(tokens));
        body.addClassName("view-content");
        add(new ViewToolbar("Profile"), body);
    }
}
