package org.factline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.MockTabs.tab;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.vaadin.flow.component.UI;
import org.factline.AbstractAppTest;
import org.factline.security.AppRoles.Role;
import org.factline.security.AppUserPrincipal;
import org.factline.security.SessionsRevoked;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpenViewsTest extends AbstractAppTest {

    @Autowired
    OpenViews openViews;

    @Test
    void the_shell_registers_each_open_tab_under_its_user() {
        String name = user(unique("tab"), Role.FACT_CHECKER);
        login(name);
        AppUserPrincipal me = (AppUserPrincipal) userDetailsService.loadUserByUsername(name);
        assertThat(openViews.openCount(me.userId())).isEqualTo(1);
    }

    @Test
    void revoking_a_users_sessions_reloads_only_their_tabs() {
        var views = new OpenViews();
        UI mine = tab();
        UI theirs = tab();
        views.opened(41, mine);
        views.opened(42, theirs);

        views.on(new SessionsRevoked(41));

        verify(mine.getPage()).reload();
        verify(theirs.getPage(), never()).reload();

        views.closed(42, theirs);
        views.on(new SessionsRevoked(42));
        verify(theirs.getPage(), never()).reload();
        assertThat(views.openCount(42)).isZero();
    }
}
