package org.factline.user.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import org.factline.user.AccessTokenDetail;
import org.jspecify.annotations.Nullable;

/**
 * Tokens in a grid: name, the first characters, scope, dates, status and a revoke button (with a
 * confirmation) on live ones. The profile shows one's own; the admin page everyone's, with owners.
 */
final class AccessTokenGrid extends Grid<AccessTokenDetail> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final Consumer<AccessTokenDetail> revoke;

    AccessTokenGrid(boolean showOwner, Consumer<AccessTokenDetail> revoke) {
        super(AccessTokenDetail.class, false);
        this.revoke = revoke;
        addColumn(AccessTokenDetail::name).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        if (showOwner) {
            addColumn(t -> t.ownerName() + " (" + t.owner() + ")")
                    .setHeader("Owner")
                    .setAutoWidth(true);
        }
        addColumn(t -> t.prefix() + "…").setHeader("Token").setAutoWidth(true);
        addColumn(t -> t.scope().label()).setHeader("Scope").setAutoWidth(true);
        addColumn(t -> DAY.format(t.createdAt())).setHeader("Created").setAutoWidth(true);
        addColumn(t -> t.expiresAt() == null ? "never" : DAY.format(t.expiresAt()))
                .setHeader("Expires")
                .setAutoWidth(true);
        addColumn(t -> t.lastUsedAt() == null ? "never" : when(t.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        addComponentColumn(AccessTokenGrid::status).setHeader("Status").setAutoWidth(true);
        addComponentColumn(this::action)
                .setKey("action")
                .setHeader("")
                .setFlexGrow(0)
                .setWidth("7rem");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
    }

    void show(List<AccessTokenDetail> tokens) {
        setItems(tokens);
    }

    private Component action(AccessTokenDetail token) {
        if (token.status() != AccessTokenDetail.Status.ACTIVE) {
            return new Span();
        }
        var button = new Button("Revoke", e -> confirm(token));
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel("Revoke token " + token.name());
        return button;
    }

    private void confirm(AccessTokenDetail token) {
        var dialog = new ConfirmDialog(
                "Revoke \"" + token.name() + "\"?",
                "Programs using this token (" + token.prefix() + "…) are refused from the next request on."
                        + " This can't be undone: create a new token if they still need access.",
                "Revoke",
                e -> revoke.accept(token));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private static Component status(AccessTokenDetail token) {
        var badge = new Span(token.status().label());
        badge.addClassName("badge-role");
        if (token.status() != AccessTokenDetail.Status.ACTIVE) {
            badge.addClassName("badge-disabled");
        }
        if (token.status() == AccessTokenDetail.Status.REVOKED && token.revokedBy() != null) {
            badge.getElement().setAttribute("title", "Revoked by " + token.revokedBy() + " " + when(token.revokedAt()));
        }
        return badge;
    }

    private static String when(@Nullable Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
