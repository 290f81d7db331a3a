package org.factline.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.factline.AbstractAppTest;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;

class AuditLogViewTest extends AbstractAppTest {

    @Test
    void admins_filter_the_log_by_action_and_text() {
        String name = user(unique("audited-ui"), Role.FACT_CHECKER);
        login(ADMIN);
        UI.getCurrent().navigate(AuditLogView.class);
        var view = _get(AuditLogView.class);
        assertThat(GridKt._size(view.grid)).isPositive();

        _setValue(view.action, "user.created");
        _setValue(view.text, name);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).summary()).isEqualTo("Created user " + name);

        _setValue(view.action, "user.disabled");
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void non_admins_are_refused() {
        login(user("audit-editor", Role.EDITOR));
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditLogView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
