package org.factline.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.audit.AuditEntryDetail;
import org.factline.security.AppRoles.Role;
import org.factline.user.NewUser;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends AbstractAppTest {

    @Test
    void shows_team_figures_and_own_recent_activity() {
        signIn(ADMIN);
        userAdmin.create(new NewUser(unique("dash"), "Dash Board", null, Set.of(Role.EDITOR)));
        login(ADMIN);
        var view = _get(DashboardView.class);
        assertThat(_get(H1.class).getText()).startsWith("Welcome, ");
        assertThat(view.stats.getElement().getTextRecursively()).contains("active team members");
        _get(view.activity, Grid.class); // the user just created is the admin's latest activity
    }

    @Test
    void a_newcomer_sees_only_their_own_activity() {
        String name = user(unique("newcomer"), Role.FACT_CHECKER);
        login(name);
        var view = _get(DashboardView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntryDetail> grid = _get(view.activity, Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).summary()).isEqualTo(name + " changed their password");
    }

    @Test
    void anonymous_visitors_are_sent_to_login() {
        assertSentToLogin("");
    }
}
