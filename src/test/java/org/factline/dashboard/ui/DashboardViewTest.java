package org.factline.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.factline.AbstractAppTest;
import org.factline.base.ui.EmptyState;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends AbstractAppTest {

    @Test
    void shows_team_figures_and_own_recent_activity() {
        login(ADMIN);
        var view = _get(DashboardView.class);
        assertThat(_get(H1.class).getText()).startsWith("Welcome, ");
        assertThat(view.stats.getElement().getTextRecursively()).contains("active team members");
        _get(view.activity, Grid.class); // the admin has signed-in and created users
    }

    @Test
    void a_newcomer_gets_an_empty_state() {
        login(user(unique("newcomer"), Role.FACT_CHECKER));
        var view = _get(DashboardView.class);
        _get(view.activity, EmptyState.class);
    }
}
