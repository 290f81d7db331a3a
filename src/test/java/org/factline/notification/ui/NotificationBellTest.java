package org.factline.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.claim.ui.ClaimView;
import org.factline.note.NoteService;
import org.factline.notification.NotificationService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.user.NewUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationBellTest extends AbstractAppTest {

    @Autowired
    NoteService notes;

    @Autowired
    NotificationService notifications;

    @Test
    void a_mention_lights_the_bell_live_and_opening_it_goes_to_the_claim_and_marks_it_read() {
        String me = user(unique("ui-bell"), Role.FACT_CHECKER);
        String mate = user("ui-bell-mate", Role.FACT_CHECKER);
        login(me);
        var bell = _get(BellButton.class);
        assertThat(bell.badge.isVisible()).isFalse();

        signIn(mate);
        long claimId = newClaim("Claim for the bell");
        notes.post(claimId, "@" + me + " please look at the second source.");
        notes.post(claimId, "And the third one, @" + me + ".");
        awaitEvents();
        signIn(me);
        MockVaadin.clientRoundtrip(false);

        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(bell.badge.getText()).isEqualTo("2");
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, 2 unread");
        _click(bell.bell);
        var items = _find(bell.list, Button.class, spec -> spec.withClasses("notification-item"));
        assertThat(items).hasSize(2);
        assertThat(items.getFirst().getElement().getTextRecursively())
                .contains(mate + " mentioned you")
                .contains("third one");

        _click(items.getFirst());
        assertThat(_get(ClaimView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("claims/" + claimId);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        bell = _get(BellButton.class);
        assertThat(bell.badge.getText()).isEqualTo("1");

        _click(bell.markAll);
        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void someone_who_must_first_change_their_password_gets_no_bell() {
        String newcomer = unique("ui-bell-new");
        SystemAuthentication.runAsSystem(() -> userAdmin.create(
                new NewUser(newcomer, "New Comer", newcomer + "@example.org", Set.of(Role.FACT_CHECKER))));
        login(newcomer);
        assertThat(_find(BellButton.class)).isEmpty();

        login(user("ui-bell-editor", Role.EDITOR));
        assertThat(_find(BellButton.class)).hasSize(1);
    }
}
