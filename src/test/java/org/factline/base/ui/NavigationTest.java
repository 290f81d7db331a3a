package org.factline.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.factline.AbstractAppTest;
import org.factline.dashboard.ui.DashboardView;
import org.factline.security.AppRoles.Role;
import org.factline.security.ui.LoginView;
import org.factline.user.ui.UsersView;
import org.junit.jupiter.api.Test;

class NavigationTest extends AbstractAppTest {

    @Test
    void anonymous_visitors_get_the_login_page() {
        logout();
        UI.getCurrent().navigate("admin/users");
        _get(LoginView.class);
    }

    @Test
    void a_fact_checker_sees_the_work_areas_but_neither_review_nor_admin() {
        login(user("nav-checker", Role.FACT_CHECKER));
        _get(DashboardView.class);
        assertThat(navTitles())
                .containsExactly("Dashboard", "Articles", "Feeds", "Imports", "Claims", "Timeline", "Search");
    }

    @Test
    void an_editor_also_sees_review() {
        login(user("nav-editor", Role.EDITOR));
        assertThat(navTitles())
                .containsExactly("Dashboard", "Articles", "Feeds", "Imports", "Claims", "Review", "Timeline", "Search");
    }

    @Test
    void an_admin_who_is_also_editor_sees_everything() {
        login(ADMIN);
        assertThat(navTitles())
                .containsExactly(
                        "Dashboard",
                        "Articles",
                        "Feeds",
                        "Imports",
                        "Claims",
                        "Review",
                        "Timeline",
                        "Search",
                        "Users",
                        "Audit log",
                        "Search index",
                        "Check-worthiness",
                        "Publishing",
                        "Webhooks",
                        "API tokens",
                        "Backups");
    }

    @Test
    void a_pure_admin_sees_only_dashboard_and_administration() {
        login(user("nav-admin-only", Role.ADMIN));
        assertThat(navTitles())
                .containsExactly(
                        "Dashboard",
                        "Feeds",
                        "Imports",
                        "Search",
                        "Users",
                        "Audit log",
                        "Search index",
                        "Check-worthiness",
                        "Publishing",
                        "Webhooks",
                        "API tokens",
                        "Backups");
    }

    /** Karibu reports the denial that the running app shows as {@link NotFoundView}. */
    @Test
    void a_non_admin_typing_an_admin_address_is_refused() {
        login(user("nav-checker", Role.FACT_CHECKER));
        assertThatThrownBy(() -> UI.getCurrent().navigate(UsersView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(UsersView.class)).isEmpty();
    }

    private static List<String> navTitles() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
