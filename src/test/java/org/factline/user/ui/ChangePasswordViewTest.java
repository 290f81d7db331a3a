package org.factline.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.base.ui.AppRoutes;
import org.factline.dashboard.ui.DashboardView;
import org.factline.security.AppRoles.Role;
import org.factline.security.AppUserPrincipal;
import org.factline.security.CurrentUser;
import org.factline.user.NewUser;
import org.factline.user.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChangePasswordViewTest extends AbstractAppTest {

    @Autowired
    UserAdminService admin;

    @Autowired
    CurrentUser currentUser;

    @Test
    void a_new_user_must_choose_a_password_before_anything_else() {
        String name = unique("first");
        signIn(ADMIN);
        String temporary = admin.create(new NewUser(name, "First Timer", null, Set.of(Role.FACT_CHECKER)))
                .temporaryPassword();

        login(name);
        var view = _get(ChangePasswordView.class); // forwarded here instead of the dashboard

        _setValue(view.current, temporary);
        _setValue(view.password, "short");
        _setValue(view.confirmation, "short");
        _click(view.save);
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("at least 12");

        _setValue(view.password, "maple-orbit-canvas-71");
        _setValue(view.confirmation, "maple-orbit-canvas-71");
        _click(view.save);

        _get(DashboardView.class);
        AppUserPrincipal me = currentUser.require();
        assertThat(me.passwordChangeRequired()).isFalse();
        assertThat(me.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_FACT_CHECKER");
    }

    @Test
    void a_wrong_current_password_is_flagged_on_its_field() {
        login(user(unique("pwview"), Role.FACT_CHECKER));
        UI.getCurrent().navigate(ChangePasswordView.class);
        var view = _get(ChangePasswordView.class);
        _setValue(view.current, "not-my-password");
        _setValue(view.password, "maple-orbit-canvas-71");
        _setValue(view.confirmation, "maple-orbit-canvas-71");
        _click(view.save);
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).contains("not correct");
    }

    @Test
    void anonymous_visitors_are_sent_to_login() {
        assertSentToLogin(AppRoutes.CHANGE_PASSWORD);
    }
}
