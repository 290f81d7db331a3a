package org.factline.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.factline.AbstractAppTest;
import org.factline.base.ui.AppRoutes;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;

class ProfileViewTest extends AbstractAppTest {

    @Test
    void a_user_sees_their_account_and_renames_themselves() {
        String name = user(unique("profiled"), Role.FACT_CHECKER);
        login(name);
        UI.getCurrent().navigate(ProfileView.class);
        var view = _get(ProfileView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Username")).getValue())
                .isEqualTo(name);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Roles")).getValue())
                .isEqualTo("Fact-checker");
        assertThat(view.displayName.getValue()).isEqualTo("Test " + name);
        assertThat(view.email.getValue()).isEqualTo(name + "@example.org");

        _setValue(view.displayName, "Renamed " + name);
        _click(_get(Button.class, spec -> spec.withText("Save profile")));

        NotificationsKt.expectNotifications("Profile saved.");
        assertThat(accountService.me().displayName()).isEqualTo("Renamed " + name);
    }

    @Test
    void a_bad_email_is_shown_on_its_field_and_nothing_is_saved() {
        String name = user(unique("profiled"), Role.FACT_CHECKER);
        login(name);
        UI.getCurrent().navigate(ProfileView.class);
        var view = _get(ProfileView.class);

        _setValue(view.email, "no-at-sign");
        _click(_get(Button.class, spec -> spec.withText("Save profile")));

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(accountService.me().email()).isEqualTo(name + "@example.org");
    }

    @Test
    void anonymous_visitors_are_sent_to_login() {
        assertSentToLogin(AppRoutes.PROFILE);
    }
}
