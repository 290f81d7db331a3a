package org.factline.user.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewContent;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles;
import org.factline.user.AccessTokenDetail;
import org.factline.user.AccessTokens;

/** Admins see everyone's API tokens and can revoke any of them. */
@Route("admin/tokens")
@PageTitle("API tokens · Factline")
@Menu(order = 16, icon = "vaadin:key", title = "API tokens")
@RolesAllowed(AppRoles.ADMIN)
public class AccessTokensAdminView extends VerticalLayout {

    private final AccessTokens tokens;
    final AccessTokenGrid grid;

    AccessTokensAdminView(AccessTokens tokens) {
        this.tokens = tokens;
        setPadding(false);
        setSizeFull();
        grid = new AccessTokenGrid(true, this::revoke);
        grid.setAllRowsVisible(false);
        grid.setSizeFull();
        grid.setEmptyStateText("Nobody has created an API token yet.");
        add(new ViewToolbar("API tokens"), ViewContent.fill(grid));
        refresh();
    }

    private void refresh() {
        grid.show(tokens.all());
    }

    private void revoke(AccessTokenDetail token) {
        try {
            tokens.revokeAny(token.id());
            Notifications.success("Revoked \"" + token.name() + "\" of " + token.owner() + ".");
        } catch (ItemNotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }
}
