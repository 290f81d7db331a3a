package org.factline.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import org.factline.AbstractAppTest;
import org.factline.security.AccessTokenAuthenticator;
import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.factline.user.AccessTokenDetail;
import org.factline.user.AccessTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Creating a token on the profile page (shown once), revoking it, and the admins' list. */
class AccessTokensUiTest extends AbstractAppTest {

    @Autowired
    AccessTokens tokens;

    @Autowired
    AccessTokenAuthenticator authenticator;

    @Test
    void a_user_creates_a_token_sees_it_once_and_revokes_it() {
        String name = user(unique("token-ui"), Role.FACT_CHECKER);
        login(name);
        UI.getCurrent().navigate(ProfileView.class);
        var panel = _get(AccessTokensPanel.class);
        assertThat(panel.grid.isVisible()).isFalse();

        _click(panel.newToken);
        var dialog = _get(NewAccessTokenDialog.class);
        _setValue(dialog.name, "Weekly report");
        _setValue(dialog.scope, TokenScope.READ_WRITE);
        _click(dialog.create);

        String secret =
                _get(TextField.class, spec -> spec.withLabel("Your new token")).getValue();
        assertThat(secret).startsWith("flt_");
        assertThat(authenticator.authenticate(secret)).isPresent();
        _click(_get(dialog, Button.class, spec -> spec.withText("Done")));
        assertThat(_find(NewAccessTokenDialog.class)).isEmpty();
        assertThat(panel.grid.isVisible()).isTrue();
        AccessTokenDetail row = GridKt._get(panel.grid, 0);
        assertThat(row.name()).isEqualTo("Weekly report");
        assertThat(row.scope()).isEqualTo(TokenScope.READ_WRITE);

        _click((Button) GridKt._getCellComponent(panel.grid, 0, "action"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(authenticator.authenticate(secret)).isEmpty();
        assertThat(GridKt._get(panel.grid, 0).status()).isEqualTo(AccessTokenDetail.Status.REVOKED);
    }

    @Test
    void a_missing_name_is_shown_on_its_field_and_nothing_is_created() {
        String name = user(unique("token-ui-empty"), Role.FACT_CHECKER);
        login(name);
        UI.getCurrent().navigate(ProfileView.class);
        _click(_get(AccessTokensPanel.class).newToken);
        var dialog = _get(NewAccessTokenDialog.class);

        _click(dialog.create);

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.create.isEnabled()).isTrue();
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void admins_see_everyone_s_tokens_and_revoke_them() {
        String owner = user(unique("token-ui-owner"), Role.FACT_CHECKER);
        signIn(owner);
        String secret = tokens.create(new org.factline.user.NewAccessToken("CMS", TokenScope.READ, 30))
                .secret();
        login(ADMIN);
        UI.getCurrent().navigate(AccessTokensAdminView.class);
        var view = _get(AccessTokensAdminView.class);

        AccessTokenDetail row = GridKt._get(view.grid, 0);
        assertThat(row.owner()).isEqualTo(owner);
        _click((Button) GridKt._getCellComponent(view.grid, 0, "action"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(authenticator.authenticate(secret)).isEmpty();
    }

    @Test
    void only_admins_open_the_token_list() {
        login(user("token-ui-editor", Role.EDITOR));
        assertDenied("admin/tokens");
    }
}
