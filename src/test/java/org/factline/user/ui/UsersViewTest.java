package org.factline.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.security.AppRoles.Role;
import org.factline.user.UserAdminService;
import org.factline.user.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

class UsersViewTest extends AbstractAppTest {

    @Autowired
    UserAdminService service;

    @Test
    void admin_lists_and_searches_users() {
        String name = user(unique("listed"), Role.FACT_CHECKER);
        login(ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        var view = _get(UsersView.class);

        _setValue(view.filter, name);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).username()).isEqualTo(name);
    }

    @Test
    void admin_creates_a_user_and_sees_the_one_time_password() {
        login(ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        var view = _get(UsersView.class);
        String name = unique("created");

        view.openNewUser();
        var dialog = _get(NewUserDialog.class);
        _setValue(dialog.username, name);
        _setValue(dialog.displayName, "Casey Created");
        _setValue(dialog.email, "casey@example.org");
        _setValue(dialog.roles, EnumSet.of(Role.EDITOR));
        _click(_get(Button.class, spec -> spec.withText("Create user")));

        var passwordDialog = _get(TemporaryPasswordDialog.class);
        String shown = _get(TextField.class, spec -> spec.withClasses("temporary-password"))
                .getValue();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(16);
        assertThat(passwordDialog.isOpened()).isTrue();
        NotificationsKt.expectNotifications("Created " + name);
        assertThat(find(name).roles()).containsExactly(Role.EDITOR);
    }

    @Test
    void a_duplicate_username_is_shown_on_the_field_and_nothing_is_created() {
        String existing = user(unique("taken"), Role.FACT_CHECKER);
        login(ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        long before = service.count(null);

        _get(UsersView.class).openNewUser();
        var dialog = _get(NewUserDialog.class);
        _setValue(dialog.username, existing);
        _setValue(dialog.displayName, "Someone Else");
        _click(_get(Button.class, spec -> spec.withText("Create user")));

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("is taken");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(service.count(null)).isEqualTo(before);
    }

    @Test
    void admin_changes_roles() {
        String name = user(unique("promoted"), Role.FACT_CHECKER);
        login(ADMIN);
        UI.getCurrent().navigate(UsersView.class);

        new RolesDialog(service, find(name), u -> {}).open();
        var dialog = _get(RolesDialog.class);
        _setValue(dialog.roles, Set.of(Role.EDITOR));
        _click(_get(Button.class, spec -> spec.withText("Save roles")));

        assertThat(find(name).roles()).containsExactly(Role.EDITOR);
    }

    @Test
    void admin_disables_after_confirming() {
        String name = user(unique("disabled"), Role.FACT_CHECKER);
        login(ADMIN);
        UI.getCurrent().navigate(UsersView.class);

        _get(UsersView.class).confirmDisable(find(name));
        var confirm = _get(ConfirmDialog.class);
        assertThat(find(name).enabled()).as("nothing happens before confirming").isTrue();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(find(name).enabled()).isFalse();
        NotificationsKt.expectNotifications("Disabled " + name);
    }

    @Test
    void the_last_admin_cannot_be_demoted_from_the_dialog() {
        login(ADMIN);
        var others = service.find(null, 0, 1000, Sort.unsorted()).stream()
                .filter(u -> u.enabled()
                        && u.roles().contains(Role.ADMIN)
                        && !u.username().equals(ADMIN))
                .toList();
        others.forEach(u -> service.disable(u.id(), u.version()));
        try {
            UI.getCurrent().navigate(UsersView.class);
            new RolesDialog(service, find(ADMIN), u -> {}).open();
            var dialog = _get(RolesDialog.class);
            _setValue(dialog.roles, Set.of(Role.EDITOR));
            _click(_get(Button.class, spec -> spec.withText("Save roles")));

            assertThat(dialog.roles.isInvalid()).isTrue();
            assertThat(dialog.roles.getErrorMessage()).contains("last active admin");
            assertThat(find(ADMIN).roles()).contains(Role.ADMIN);
        } finally {
            others.forEach(u -> service.enable(u.id(), service.get(u.id()).version()));
        }
    }

    @Test
    void editors_and_fact_checkers_are_refused() {
        for (Role role : new Role[] {Role.EDITOR, Role.FACT_CHECKER}) {
            login(user("refused-" + role.name().toLowerCase().replace('_', '-'), role));
            assertThatThrownBy(() -> UI.getCurrent().navigate(UsersView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    private UserSummary find(String username) {
        signIn(ADMIN);
        return service.find(username, 0, 10, Sort.unsorted()).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }
}
