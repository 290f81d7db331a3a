package org.factline.user.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

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
import java.util.function.Supplier;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Formats;
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

    private final UserAdminService service;
    final TextField filter = new TextField();
    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final ConfigurableFilterDataProvider<UserSummary, Void, String> data;

    UsersView(UserAdminService service) {
        this.service = service;
        setPadding(false);
        setSizeFull();

        var newUser = new Button(translate("users.new"), VaadinIcon.PLUS.create(), e -> openNewUser());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        filter.setPlaceholder(translate("users.filter"));
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
                .setHeader(translate("users.name"))
                .setKey("displayName")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(UserSummary::username)
                .setHeader(translate("profile.username"))
                .setKey("username")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(u -> u.email() == null ? "" : u.email())
                .setHeader(translate("profile.email"))
                .setKey("email")
                .setSortable(true);
        grid.addComponentColumn(UsersView::roleBadges)
                .setHeader(translate("profile.roles"))
                .setAutoWidth(true);
        grid.addComponentColumn(UsersView::status)
                .setHeader(translate("claims.status"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.lastLoginAt() == null ? translate("users.never") : Formats.moment(u.lastLoginAt()))
                .setHeader(translate("users.last-sign-in"))
                .setKey("lastLoginAt")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setFlexGrow(0).setWidth("5rem");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(data);
        grid.setEmptyStateText(translate("users.no-match"));
        grid.setSizeFull();

        var content = ViewContent.fill(filter, grid);
        add(new ViewToolbar(translate("menu.UsersView"), newUser), content);
    }

    void openNewUser() {
        new NewUserDialog(service, this::created).open();
    }

    private void created(CreatedUser created) {
        data.refreshAll();
        Notifications.success(translate("users.created", created.user().username()));
        new TemporaryPasswordDialog(created.user().username(), created.temporaryPassword()).open();
    }

    private Component actions(UserSummary user) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel(translate("feeds.actions", user.username()));
        var sub = more.getSubMenu();
        sub.addItem(translate("users.edit-roles"), e -> new RolesDialog(service, user, this::refresh).open());
        sub.addItem(translate("users.reset"), e -> confirmReset(user));
        if (user.enabled()) {
            sub.addItem(translate("users.disable"), e -> confirmDisable(user));
        } else {
            sub.addItem(
                    translate("users.enable"),
                    e -> act(
                            () -> service.enable(user.id(), user.version()),
                            translate("users.enabled", user.username())));
        }
        return menu;
    }

    void confirmDisable(UserSummary user) {
        var dialog = new ConfirmDialog(
                translate("users.disable.confirm", user.username()),
                translate("users.disable.text", user.displayName()),
                translate("users.disable.do"),
                e -> act(
                        () -> service.disable(user.id(), user.version()),
                        translate("users.disabled", user.username())));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(translate("common.cancel"));
        dialog.open();
    }

    void confirmReset(UserSummary user) {
        var dialog = new ConfirmDialog(
                translate("users.reset.confirm", user.username()),
                translate("users.reset.text"),
                translate("users.reset.do"),
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
            var badge = new Span(translate("role." + r.name()));
            badge.addClassName("badge-role");
            div.add(badge);
        });
        return div;
    }

    private static Component status(UserSummary user) {
        var span = new Span(
                !user.enabled()
                        ? translate("users.status.disabled")
                        : user.mustChangePassword()
                                ? translate("users.status.must-change")
                                : translate("feeds.active"));
        span.addClassName("badge-role");
        if (!user.enabled()) {
            span.addClassName("badge-disabled");
        }
        return span;
    }
}
