package org.factline.user.ui;

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

/** The profile's "API access tokens" section: one's own tokens, a new one, revoking. */
final class AccessTokensPanel extends Div {

    private final AccessTokens tokens;
    final AccessTokenGrid grid;
    final Button newToken;
    private final EmptyState empty = new EmptyState(
            VaadinIcon.KEY,
            "No tokens yet",
            "Create one to let a script or another system (a CMS, a spreadsheet) use the Factline API as you.");

    AccessTokensPanel(AccessTokens tokens) {
        this.tokens = tokens;
        addClassName("access-tokens");
        grid = new AccessTokenGrid(false, this::revoke);
        newToken = new Button(
                "New token",
                VaadinIcon.PLUS.create(),
                e -> new NewAccessTokenDialog(tokens, created -> {
                            refresh();
                            Notifications.success(
                                    "Created token \"" + created.token().name() + "\".");
                        })
                        .open());
        add(
                new H3("API access tokens"),
                new Paragraph(
                        new Text("Tokens authenticate the REST API (/api/v1) with 'Authorization: Bearer …'."
                                + " A read-only token can only read; none can do more than your roles. See the "),
                        new Anchor("/swagger-ui.html", "API reference"),
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
            Notifications.success("Revoked \"" + token.name() + "\".");
        } catch (ItemNotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }
}
