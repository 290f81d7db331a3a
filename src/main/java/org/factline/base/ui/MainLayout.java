package org.factline.base.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import org.factline.base.DatabaseHealth;
import org.factline.base.Languages;
import org.factline.security.AppUserPrincipal;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The application shell around every signed-in view: side navigation built from the views the
 * user may open, the global search box, the user menu, and a banner while the database can't be
 * reached.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout
        implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    public static final String SEARCH_ROUTE = "search";

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private final UserPreferences preferences;
    private final OpenViews openViews;
    private final UiLanguage uiLanguage;
    private final SideNav nav = new SideNav();
    private final TextField search = new TextField();
    private final Popover suggestionsPopover = new Popover();
    private final Div suggestionList = new Div();
    private final ObjectProvider<SearchSuggestions> suggestions;
    private @Nullable Long registeredUserId;

    MainLayout(
            CurrentUser currentUser,
            AuthenticationContext authentication,
            UserPreferences preferences,
            OpenViews openViews,
            ObjectProvider<SearchSuggestions> suggestions,
            ObjectProvider<HeaderItem> headerItems,
            DatabaseHealth databaseHealth,
            Broadcaster broadcaster,
            UiLanguage uiLanguage) {
        this.uiLanguage = uiLanguage;
        this.suggestions = suggestions;
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.preferences = preferences;
        this.openViews = openViews;
        setPrimarySection(Section.DRAWER);

        var brand = new Div(new Span("Fact"), brandMark());
        brand.addClassName("app-brand");
        var drawerBrand = new Div(new Span("Fact"), brandMark());
        drawerBrand.addClassNames("app-brand");
        drawerBrand.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)");

        nav.addClassName("app-nav");
        addToDrawer(drawerBrand, new Scroller(nav));

        search.addClassName("global-search");
        search.setPlaceholder(translate("shell.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        search.setClearButtonVisible(true);
        search.setAriaLabel(translate("shell.search.label"));
        search.addKeyDownListener(Key.ENTER, e -> runSearch());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(200);
        search.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showSuggestions(e.getValue());
            }
        });
        search.addKeyDownListener(Key.ESCAPE, e -> suggestionsPopover.close());
        search.addKeyDownListener(Key.ARROW_DOWN, e -> focusFirstSuggestion());
        suggestionList.addClassName("search-suggestions");
        suggestionsPopover.add(suggestionList);
        suggestionsPopover.setTarget(search);
        suggestionsPopover.setOpenOnClick(false);
        suggestionsPopover.setOpenOnFocus(false);
        suggestionsPopover.setOpenOnHover(false);
        suggestionsPopover.setAutofocus(false);
        suggestionsPopover.setPosition(PopoverPosition.BOTTOM_START);
        suggestionsPopover.setAriaLabel(translate("shell.search.suggestions"));

        var header = new Div(new DrawerToggle(), search);
        headerItems.orderedStream().forEach(item -> item.create().ifPresent(header::add));
        header.add(userMenu(), new DatabaseBanner(databaseHealth, broadcaster));
        header.addClassName("app-header");
        addToNavbar(header);
    }

    private static Span brandMark() {
        var mark = new Span("line");
        mark.addClassName("app-brand-mark");
        return mark;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        rebuildNav();
        preferences.theme().ifPresent(theme -> applyTheme(attachEvent.getUI(), theme));
        currentUser.get().ifPresent(me -> {
            registeredUserId = me.userId();
            openViews.opened(me.userId(), attachEvent.getUI());
        });
    }

    /** Detach can run without a signed-in user (session timeout, sign-out): use the id kept at attach. */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registeredUserId != null) {
            openViews.closed(registeredUserId, detachEvent.getUI());
            registeredUserId = null;
        }
        super.onDetach(detachEvent);
    }

    /** A user who must change their password sees nothing else until they have. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean mustChange =
                currentUser.get().map(AppUserPrincipal::passwordChangeRequired).orElse(false);
        if (mustChange && !event.getLocation().getPath().equals(AppRoutes.CHANGE_PASSWORD)) {
            event.forwardTo(AppRoutes.CHANGE_PASSWORD);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!event.getLocation().getPath().equals(SEARCH_ROUTE)) {
            search.clear();
        }
    }

    private void rebuildNav() {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = entry.icon() == null
                    ? new SideNavItem(menuTitle(entry), entry.path())
                    : new SideNavItem(menuTitle(entry), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
    }

    /** The menu's own key, {@code menu.<view class>}: @Menu's title is the English text only. */
    private static String menuTitle(MenuEntry entry) {
        return entry.menuClass() == null
                ? entry.title()
                : translate("menu." + entry.menuClass().getSimpleName());
    }

    /**
     * The page title of the view shown, {@code title.<view class>}; views whose title names their
     * item implement {@link HasDynamicTitle} themselves and are asked first.
     */
    @Override
    public String getPageTitle() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .findFirst()
                .map(view -> translate("title." + view.getClass().getSimpleName()))
                .orElse("Factline");
    }

    private void showSuggestions(String typed) {
        suggestionList.removeAll();
        List<SearchSuggestions.Entry> found = typed.strip().length() < 2
                ? List.of()
                : suggestions.stream().findFirst().map(s -> s.suggest(typed, 8)).orElse(List.of());
        if (found.isEmpty()) {
            suggestionsPopover.close();
            return;
        }
        for (SearchSuggestions.Entry entry : found) {
            var type = new Span(translate("search.type." + entry.type()));
            type.addClassNames("badge", "type-" + entry.type());
            var link = new Anchor(entry.link(), "");
            link.add(type, new Span(entry.title()));
            link.getElement().setAttribute("router-link", true);
            link.getElement().addEventListener("click", e -> {
                suggestionsPopover.close();
                search.clear();
            });
            suggestionList.add(link);
        }
        var all = new Button(translate("shell.search.all", typed.strip()), e -> runSearch());
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        all.addClassName("search-suggestions-all");
        suggestionList.add(all);
        suggestionsPopover.open();
    }

    private void focusFirstSuggestion() {
        suggestionList.getChildren().findFirst().ifPresent(c -> c.getElement().callJsFunction("focus"));
    }

    private void runSearch() {
        suggestionsPopover.close();
        String query = search.getValue().strip();
        if (!query.isEmpty()) {
            UI.getCurrent().navigate(SEARCH_ROUTE, QueryParameters.of("q", query));
        }
    }

    private MenuBar userMenu() {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", translate("shell.user-menu"));
        @Nullable AppUserPrincipal me = currentUser.get().orElse(null);
        String name = me == null ? "" : me.displayName();
        var avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        var top = menu.addItem(avatar);
        top.getElement().setAttribute("aria-label", translate("shell.account-of", name));
        var sub = top.getSubMenu();
        var who = sub.addItem(new Span(name + (me == null ? "" : " (" + me.getUsername() + ")")));
        who.setEnabled(false);
        sub.addItem(translate("shell.profile"), e -> UI.getCurrent().navigate(AppRoutes.PROFILE));
        sub.addItem(translate("shell.change-password"), e -> UI.getCurrent().navigate(AppRoutes.CHANGE_PASSWORD));
        sub.addItem(translate("shell.toggle-theme"), e -> toggleTheme());
        var languages = sub.addItem(translate("shell.language")).getSubMenu();
        for (Locale language : Languages.SUPPORTED) {
            // Each language in its own words, so someone who can't read the current one finds theirs.
            var item = languages.addItem(translate(language, "language.name"), e -> uiLanguage.choose(language));
            item.setCheckable(true);
            item.setChecked(language.equals(UiLanguage.current()));
            item.getElement().setAttribute("lang", language.toLanguageTag());
        }
        sub.addItem(translate("shell.sign-out"), e -> authentication.logout());
        return menu;
    }

    private void toggleTheme() {
        UI ui = UI.getCurrent();
        boolean dark = ui.getElement().getThemeList().contains("dark");
        String theme = dark ? "light" : "dark";
        applyTheme(ui, theme);
        preferences.saveTheme(theme);
    }

    private static void applyTheme(UI ui, String theme) {
        ui.getElement().getThemeList().remove("dark");
        if ("dark".equals(theme)) {
            ui.getElement().getThemeList().add("dark");
        }
        ui.getPage()
                .executeJs("document.documentElement.setAttribute('theme', $0)", "dark".equals(theme) ? "dark" : "");
    }
}
