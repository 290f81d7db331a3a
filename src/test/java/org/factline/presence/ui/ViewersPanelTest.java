package org.factline.presence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.presence.PresenceService;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ViewersPanelTest extends AbstractAppTest {

    @Autowired
    ClaimService claims;

    @Autowired
    PresenceService presence;

    @Test
    void the_claim_page_shows_who_else_is_viewing_it() {
        login(user("vw-ana", Role.FACT_CHECKER));
        long id = claims.create(
                        new NewClaim("Viewers " + System.nanoTime() + " claim about chips", null, null, Set.of()))
                .id();
        UI.getCurrent().navigate("claims/" + id);
        // alone on the page: the panel stays hidden
        assertThat(_find(Div.class, spec -> spec.withClasses("viewers"))).isEmpty();

        // a teammate opens the same claim (in another browser)
        signIn(user("vw-ben", Role.FACT_CHECKER));
        presence.enter("claim:" + id);
        login("vw-ana");
        UI.getCurrent().navigate("claims/" + id);
        var panel = _find(Div.class, spec -> spec.withClasses("viewers")).getFirst();
        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.getElement().getTextRecursively()).contains("is also viewing this claim");
        assertThat(_find(panel, AvatarGroup.class).getFirst().getItems())
                .extracting(AvatarGroup.AvatarGroupItem::getName)
                .containsExactly("Test vw-ben");
    }

    /** A disabled account's session ends with nobody signed in: its page still leaves, quietly. */
    @Test
    void a_page_closed_after_its_session_ended_still_leaves_without_an_error() {
        login(user("vw-cleo", Role.FACT_CHECKER));
        long id = claims.create(
                        new NewClaim("Viewers " + System.nanoTime() + " claim about chips", null, null, Set.of()))
                .id();
        UI.getCurrent().navigate("claims/" + id);
        signIn(user("vw-dan", Role.FACT_CHECKER));
        assertThat(presence.others("claim:" + id)).extracting(v -> v.username()).containsExactly("vw-cleo");

        // The session ends with nobody signed in, and its page is removed with it.
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        var page = UI.getCurrent();
        page.getSession().removeUI(page);

        signIn("vw-dan");
        assertThat(presence.others("claim:" + id)).isEmpty();
    }
}
