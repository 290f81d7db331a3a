package org.factline.article.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factline.article.FeedPollOutcome;
import org.factline.article.FeedService;
import org.factline.article.FeedSummary;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.Formats;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.RelativeTime;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles.Role;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The saved feeds and what their polls did. Everyone signed in sees them; fact-checkers add,
 * change, pause, delete and poll them. Refreshes by itself after every poll (on this node).
 */
@Route("feeds")
@PageTitle("Feeds · Factline")
@Menu(order = 1.5, icon = "vaadin:rss", title = "Feeds")
@PermitAll
public class FeedsView extends VerticalLayout {

    private final FeedService service;
    private final Broadcaster broadcaster;
    private final Clock clock;
    private final boolean canEdit;
    final Grid<FeedSummary> grid = new Grid<>();
    final EmptyState empty;
    final @Nullable Button add;
    private final Div list;
    /** Feeds with a translate("feeds.poll-now") on its way, whose button waits. */
    private final Set<Long> polling = new HashSet<>();

    private @Nullable Registration live;

    FeedsView(FeedService service, CurrentUser currentUser, Broadcaster broadcaster, Clock clock) {
        this.service = service;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.canEdit = currentUser.hasRole(Role.FACT_CHECKER);
        setPadding(false);

        String explanation = translate("feeds.explanation");
        if (canEdit) {
            add = new Button(translate("feeds.new"), VaadinIcon.PLUS.create(), e -> openNew());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var addFirst = new Button(translate("feeds.add-first"), e -> openNew());
            addFirst.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty = new EmptyState(VaadinIcon.RSS, translate("feeds.empty"), explanation, addFirst);
        } else {
            add = null;
            empty = new EmptyState(
                    VaadinIcon.RSS, translate("feeds.empty"), explanation + " " + translate("feeds.empty.who"));
        }

        grid.addComponentColumn(FeedsView::feed)
                .setHeader(translate("feeds.feed"))
                .setFlexGrow(1);
        grid.addColumn(f -> translate("feeds.every", minutes(f.interval().toMinutes())))
                .setHeader(translate("feeds.interval"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::lastPoll)
                .setHeader(translate("feeds.last-poll"))
                .setAutoWidth(true);
        grid.addColumn(FeedsView::counts).setHeader(translate("feeds.entries")).setAutoWidth(true);
        grid.addComponentColumn(FeedsView::state)
                .setHeader(translate("timeline.state"))
                .setAutoWidth(true);
        if (canEdit) {
            grid.addComponentColumn(this::actions)
                    .setHeader("")
                    .setKey("actions")
                    .setFlexGrow(0)
                    .setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        list = new Div(new Paragraph(explanation), grid);
        var content = new Div(empty, list);
        content.addClassName("view-content");
        add(
                add == null
                        ? new ViewToolbar(translate("menu.FeedsView"))
                        : new ViewToolbar(translate("menu.FeedsView"), add),
                content);
        refresh();
    }

    void openNew() {
        new FeedDialog(service, null, saved -> refresh()).open();
    }

    void openEdit(FeedSummary feed) {
        new FeedDialog(service, feed, saved -> refresh()).open();
    }

    /** Polls off the UI thread; the result comes as a notification, and the list refreshes. */
    void pollNow(FeedSummary feed) {
        UI ui = UI.getCurrent();
        polling.add(feed.id());
        refresh();
        Notifications.info(translate("feeds.polling.name", feed.name()));
        Runnable work = () -> {
            String error = null;
            FeedPollOutcome result = null;
            try {
                result = service.pollNow(feed.id());
            } catch (ItemNotFoundException e) {
                error = e.getMessage();
            }
            FeedPollOutcome done = result;
            String failed = error;
            ui.access(() -> {
                polling.remove(feed.id());
                if (done == null) {
                    Notifications.error(failed == null ? translate("feeds.poll-failed") : failed);
                } else if (done.status() == FeedPollOutcome.Status.FAILED) {
                    Notifications.error(feed.name() + ": " + done.message());
                } else if (done.status() == FeedPollOutcome.Status.BUSY) {
                    Notifications.info(feed.name() + ": " + done.message());
                } else {
                    Notifications.success(feed.name() + ": " + done.message());
                }
                refresh();
            });
        };
        Thread.ofVirtual().name("feed-poll-now").start(new DelegatingSecurityContextRunnable(work));
    }

    void toggle(FeedSummary feed) {
        try {
            service.setActive(feed.id(), feed.version(), !feed.active());
            Notifications.success(translate(feed.active() ? "feeds.paused.done" : "feeds.resumed.done", feed.name()));
        } catch (ValidationException | ConcurrentEditException | ItemNotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    void confirmDelete(FeedSummary feed) {
        var dialog = new ConfirmDialog(
                translate("feeds.delete.confirm", feed.name()),
                translate("feeds.delete.text"),
                translate("common.delete"),
                e -> {
                    try {
                        service.delete(feed.id());
                        Notifications.success(translate("feeds.deleted", feed.name()));
                    } catch (ItemNotFoundException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelText(translate("common.cancel"));
        dialog.setCancelable(true);
        dialog.open();
    }

    void refresh() {
        List<FeedSummary> feeds = service.feeds();
        empty.setVisible(feeds.isEmpty());
        list.setVisible(!feeds.isEmpty());
        grid.setItems(feeds);
    }

    private Component actions(FeedSummary feed) {
        var poll = new Button(translate("feeds.poll-now"), e -> pollNow(feed));
        poll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        poll.setEnabled(!polling.contains(feed.id()));
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel(translate("feeds.actions", feed.name()));
        var sub = more.getSubMenu();
        sub.addItem(translate("feeds.edit"), e -> openEdit(feed));
        sub.addItem(feed.active() ? translate("feeds.pause") : translate("feeds.resume"), e -> toggle(feed));
        sub.addItem(translate("feeds.delete"), e -> confirmDelete(feed));
        var cell = new HorizontalLayout(poll, menu);
        cell.setSpacing(false);
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }

    private static Component feed(FeedSummary feed) {
        var cell = new Div();
        if (feed.title() != null) {
            var title = new Span(feed.title());
            title.getStyle().set("font-weight", "600").set("display", "block");
            cell.add(title);
        }
        var address = new Span(feed.address());
        address.getStyle().set("font-size", "var(--lumo-font-size-s)").set("word-break", "break-all");
        cell.add(address);
        return cell;
    }

    private Component lastPoll(FeedSummary feed) {
        var cell = new Div();
        if (polling.contains(feed.id())) {
            cell.add(new Span(translate("feeds.polling")));
            return cell;
        }
        if (feed.lastPolledAt() == null) {
            cell.add(new Span(feed.active() ? translate("feeds.not-yet") : translate("feeds.never")));
            return cell;
        }
        var when = new Span(RelativeTime.between(feed.lastPolledAt(), clock.instant()));
        when.getElement().setAttribute("title", Formats.moment(feed.lastPolledAt()));
        cell.add(when);
        if (feed.lastError() != null) {
            var error = new Span(feed.lastError());
            error.addClassNames("feed-error", "recorded-text"); // the poll's own words, kept with the feed
            error.getStyle()
                    .set("display", "block")
                    .set("color", "var(--lumo-error-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            cell.add(error);
        } else if (feed.lastResult() != null) {
            var result = new Span(feed.lastResult());
            result.addClassName("recorded-text");
            result.getStyle()
                    .set("display", "block")
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            cell.add(result);
        }
        return cell;
    }

    static String counts(FeedSummary f) {
        return translate("feeds.counts", f.entriesSeen(), f.entriesImported(), f.entriesDuplicate(), f.entriesFailed());
    }

    private static Component state(FeedSummary feed) {
        var badge = new Span(feed.active() ? translate("feeds.active") : translate("feeds.paused"));
        badge.addClassName("badge-role");
        if (!feed.active()) {
            badge.addClassName("badge-disabled");
        }
        return badge;
    }

    private static String minutes(long minutes) {
        if (minutes % (24 * 60) == 0) {
            long days = minutes / (24 * 60);
            return translate("feeds.days", days);
        }
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return translate("feeds.hours", hours);
        }
        return translate("duration.minutes", minutes);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        live = broadcaster.subscribe(FeedService.LIVE_TOPIC, event.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.remove();
        }
        super.onDetach(event);
    }
}
