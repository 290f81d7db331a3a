package org.factline.article.ui;

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
    /** Feeds with a "Poll now" on its way, whose button waits. */
    private final Set<Long> polling = new HashSet<>();

    private @Nullable Registration live;

    FeedsView(FeedService service, CurrentUser currentUser, Broadcaster broadcaster, Clock clock) {
        this.service = service;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.canEdit = currentUser.hasRole(Role.FACT_CHECKER);
        setPadding(false);

        String explanation = "Save the address of a site's RSS, Atom or JSON feed and Factline reads it every"
                + " few minutes or hours, importing each new article once (and again when the feed says it was"
                + " updated).";
        if (canEdit) {
            add = new Button("New feed", VaadinIcon.PLUS.create(), e -> openNew());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var addFirst = new Button("Add the first feed", e -> openNew());
            addFirst.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty = new EmptyState(VaadinIcon.RSS, "No feeds yet", explanation, addFirst);
        } else {
            add = null;
            empty = new EmptyState(VaadinIcon.RSS, "No feeds yet", explanation + " Fact-checkers add them.");
        }

        grid.addComponentColumn(FeedsView::feed).setHeader("Feed").setFlexGrow(1);
        grid.addColumn(f -> "every " + minutes(f.interval().toMinutes()))
                .setHeader("Interval")
                .setAutoWidth(true);
        grid.addComponentColumn(this::lastPoll).setHeader("Last poll").setAutoWidth(true);
        grid.addColumn(FeedsView::counts).setHeader("Entries").setAutoWidth(true);
        grid.addComponentColumn(FeedsView::state).setHeader("State").setAutoWidth(true);
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
        add(add == null ? new ViewToolbar("Feeds") : new ViewToolbar("Feeds", add), content);
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
        Notifications.info("Polling " + feed.name() + "\u2026");
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
                    Notifications.error(failed == null ? "The feed could not be polled." : failed);
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
            Notifications.success((feed.active() ? "Paused " : "Resumed ") + feed.name());
        } catch (ValidationException | ConcurrentEditException | ItemNotFoundException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    void confirmDelete(FeedSummary feed) {
        var dialog = new ConfirmDialog(
                "Delete the feed " + feed.name() + "?",
                "Factline stops polling it and forgets which entries it has seen. The articles it imported stay.",
                "Delete",
                e -> {
                    try {
                        service.delete(feed.id());
                        Notifications.success("Deleted " + feed.name());
                    } catch (ItemNotFoundException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
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
        var poll = new Button("Poll now", e -> pollNow(feed));
        poll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        poll.setEnabled(!polling.contains(feed.id()));
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel("Actions for " + feed.name());
        var sub = more.getSubMenu();
        sub.addItem("Edit\u2026", e -> openEdit(feed));
        sub.addItem(feed.active() ? "Pause" : "Resume", e -> toggle(feed));
        sub.addItem("Delete\u2026", e -> confirmDelete(feed));
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
            cell.add(new Span("Polling\u2026"));
            return cell;
        }
        if (feed.lastPolledAt() == null) {
            cell.add(new Span(feed.active() ? "Not yet: due at the next round" : "Never"));
            return cell;
        }
        var when = new Span(RelativeTime.between(feed.lastPolledAt(), clock.instant()));
        when.getElement().setAttribute("title", feed.lastPolledAt().toString());
        cell.add(when);
        if (feed.lastError() != null) {
            var error = new Span(feed.lastError());
            error.addClassName("feed-error");
            error.getStyle()
                    .set("display", "block")
                    .set("color", "var(--lumo-error-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            cell.add(error);
        } else if (feed.lastResult() != null) {
            var result = new Span(feed.lastResult());
            result.getStyle()
                    .set("display", "block")
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            cell.add(result);
        }
        return cell;
    }

    static String counts(FeedSummary f) {
        return f.entriesSeen() + " seen \u00b7 " + f.entriesImported() + " imported \u00b7 " + f.entriesDuplicate()
                + " duplicate \u00b7 " + f.entriesFailed() + " failed";
    }

    private static Component state(FeedSummary feed) {
        var badge = new Span(feed.active() ? "Active" : "Paused");
        badge.addClassName("badge-role");
        if (!feed.active()) {
            badge.addClassName("badge-disabled");
        }
        return badge;
    }

    private static String minutes(long minutes) {
        if (minutes % (24 * 60) == 0) {
            long days = minutes / (24 * 60);
            return days == 1 ? "day" : days + " days";
        }
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours == 1 ? "hour" : hours + " hours";
        }
        return minutes + " min";
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
