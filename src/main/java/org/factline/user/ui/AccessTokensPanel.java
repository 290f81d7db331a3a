package org.factline.user.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.Notifications;
import org.factline.user.AccessTokenDetail;
import org.factline.user.AccessTokens;

/** The profile's translate("tokens.title") section: one's own tokens, a new one, revoking. */
final class AccessTokensPanel extends Div {

    private final AccessTokens tokens;
    final AccessTokenGrid grid;
    final Button newToken;
    private final EmptyState empty =
            new EmptyState(VaadinIcon.KEY, translate("tokens.empty"), translate("tokens.empty.text"));

    AccessTokensPanel(AccessTokens tokens) {
        this.tokens = tokens;
        addClassName("access-tokens");
        grid = new AccessTokenGrid(false, this::revoke);
        newToken = new Button(
                translate("tokens.new"),
                VaadinIcon.PLUS.create(),
                e -> new NewAccessTokenDialog(tokens, created -> {
                            refresh();
                            Notifications.success(
                                    translate("tokens.created", created.token().name()));
                        })
                        .open());
        add(
                new H3(translate("tokens.title")),
                new Paragraph(
                        new Text(translate("tokens.intro")),
                        new Anchor("/swagger-ui.html", translate("tokens.reference")),
                        new Text(".")),
                newToken,
                empty,
                grid);
        refresh();
    }

    void refresh() {
        var mine = tokens.mine();
        grid.show(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }

    private void revoke(AccessTokenDetail token) {
        try {
            tokens.revokeMine(token.id());
            Notifications.success(translate("tokens.revoked", token.name()));
        } catch (ItemNotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }
}
