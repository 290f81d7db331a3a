package org.factline.user.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.AppRoutes;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Formats;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewToolbar;
import org.factline.user.AccessTokens;
import org.factline.user.AccountService;
import org.factline.user.MyAccount;
import org.factline.user.domain.UserAccount;

/** One's own name, e-mail and account facts. */
@Route(AppRoutes.PROFILE)
@PageTitle("Profile · Factline")
@PermitAll
public class ProfileView extends Div {

    final TextField displayName = new TextField(translate("profile.full-name"));
    final EmailField email = new EmailField(translate("profile.email"));

    ProfileView(AccountService accounts, AccessTokens tokens) {
        MyAccount me = accounts.me();
        var username = new TextField(translate("profile.username"));
        username.setValue(me.username());
        username.setReadOnly(true);
        var roles = new TextField(translate("profile.roles"));
        roles.setValue(me.roles().stream()
                .sorted()
                .map(role -> translate("role." + role.name()))
                .collect(Collectors.joining(", ")));
        roles.setReadOnly(true);
        displayName.setValue(me.displayName());
        displayName.setMaxLength(UserAccount.DISPLAY_NAME_MAX_LENGTH);
        email.setValue(me.email() == null ? "" : me.email());

        var errors = new FieldErrors(Map.of("displayName", displayName, "email", email));
        var save = new Button(translate("profile.save"), e -> {
            try {
                accounts.updateProfile(displayName.getValue(), email.getValue());
                errors.clear();
                Notifications.success(translate("profile.saved"));
            } catch (ValidationException ex) {
                errors.show(ex);
            } catch (ItemNotFoundException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var form = new FormLayout(username, roles, displayName, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var facts = new Paragraph(
                me.lastLoginAt() == null
                        ? translate("profile.facts", Formats.moment(me.passwordChangedAt()))
                        : translate(
                                "profile.facts.signed-in",
                                Formats.moment(me.passwordChangedAt()),
                                Formats.moment(me.lastLoginAt())));
        var account = new Div(form, save, facts);
        account.addClassName("narrow-form");
        var body = new Div(account, new AccessTokensPanel(tokens));
        body.addClassName("view-content");
        add(new ViewToolbar(translate("shell.profile")), body);
    }
}
