package org.factline.user.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.GridSorts;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewContent;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles;
import org.factline.user.CreatedUser;
import org.factline.user.UserAdminService;
import org.factline.user.UserSummary;
import org.jspecify.annotations.Nullable;

/** Admins list, search, create and manage accounts. */
@Route("admin/users")
@PageTitle("Users · Factline")
@Menu(order = 10, icon = "vaadin:users", title = "Users")
@RolesAllowed(AppRoles.ADMIN)
public class UsersView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final UserAdminService service;
    final TextField filter = new TextField();
    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final ConfigurableFilterDataProvider<UserSummary, Void, String> data;

    UsersView(UserAdminService service) {
        this.service = service;
        setPadding(false);
        setSizeFull();

        var newUser = new Button("New user", VaadinIcon.PLUS.create(), e -> openNewUser());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        filter.setPlaceholder("Search by name, username or e-mail");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(24rem, 100%)");

        data = new CallbackDataProvider<UserSummary, String>(
                        q -> service
                                .find(
                                        q.getFilter().orElse(null),
                                        q.getOffset(),
                                        q.getLimit(),
                                        GridSorts.toSort(q.getSortOrders()))
                                .stream(),
                        q -> (int) service.count(q.getFilter().orElse(null)),
                        UserSummary::id)
                .withConfigurableFilter();
        filter.addValueChangeListener(e -> data.setFilter(e.getValue()));

        grid.addColumn(u -> u.displayName())
                .setHeader("Name")
                .setKey("displayName")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(UserSummary::username)
                .setHeader("Username")
                .setKey("username")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(u -> u.email() == null ? "" : u.email())
                .setHeader("E-mail")
                .setKey("email")
                .setSortable(true);
        grid.addComponentColumn(UsersView::roleBadges).setHeader("Roles").setAutoWidth(true);
        grid.addComponentColumn(UsersView::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(u -> u.lastLoginAt() == null ? "never" : WHEN.format(u.lastLoginAt()))
                .setHeader("Last sign-in")
                .setKey("lastLoginAt")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setFlexGrow(0).setWidth("5rem");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(data);
        grid.setEmptyStateText("No user matches this search.");
        grid.setSizeFull();

        var content = ViewContent.fill(filter, grid);
        add(new ViewToolbar("Users", newUser), content);
    }

    void openNewUser() {
        new NewUserDialog(service, this::created).open();
    }

    private void created(CreatedUser created) {
        data.refreshAll();
        Notifications.success("Created " + created.user().username());
        new TemporaryPasswordDialog(created.user().username(), created.temporaryPassword()).open();
    }

    private Component actions(UserSummary user) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel("Actions for " + user.username());
        var sub = more.getSubMenu();
        sub.addItem("Edit roles…", e -> new RolesDialog(service, user, this::refresh).open());
        sub.addItem("Reset password…", e -> confirmReset(user));
        if (user.enabled()) {
            sub.addItem("Disable…", e -> confirmDisable(user));
        } else {
            sub.addItem(
                    "Enable", e -> act(() -> service.enable(user.id(), user.version()), "Enabled " + user.username()));
        }
        return menu;
    }

    void confirmDisable(UserSummary user) {
        var dialog = new ConfirmDialog(
                "Disable " + user.username() + "?",
                user.displayName() + " is signed out everywhere at once and can't sign in until enabled again. "
                        + "Their work stays.",
                "Disable",
                e -> act(() -> service.disable(user.id(), user.version()), "Disabled " + user.username()));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    void confirmReset(UserSummary user) {
        var dialog = new ConfirmDialog(
                "Reset the password of " + user.username() + "?",
                "Their current password stops working and their sessions end. You'll get a one-time password to pass on.",
                "Reset password",
                e -> {
                    try {
                        String password = service.resetPassword(user.id());
                        refresh(service.get(user.id()));
                        new TemporaryPasswordDialog(user.username(), password).open();
                    } catch (ValidationException | ItemNotFoundException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void act(Supplier<UserSummary> action, String success) {
        try {
            refresh(action.get());
            Notifications.success(success);
        } catch (ValidationException | ItemNotFoundException | ConcurrentEditException ex) {
            Notifications.error(ex.getMessage());
            data.refreshAll();
        }
    }

    private void refresh(@Nullable UserSummary user) {
        if (user == null) {
            data.refreshAll();
        } else {
            data.refreshItem(user, true);
        }
    }

    private static Component roleBadges(UserSummary user) {
        var div = new Div();
        user.roles().stream().sorted().forEach(r -> {
            var badge = new Span(r.label());
            badge.addClassName("badge-role");
            div.add(badge);
        });
        return div;
    }

    private static Component status(UserSummary user) {
        var span =
                new Span(!user.enabled() ? "Disabled" : user.mustChangePassword() ? "Must change password" : "Active");
        span.addClassName("badge-role");
        if (!user.enabled()) {
            span.addClassName("badge-disabled");
        }
        return span;
    }
}
