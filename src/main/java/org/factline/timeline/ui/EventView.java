package org.factline.timeline.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.factline.article.ArticleService;
import org.factline.audit.AuditEntryDetail;
import org.factline.audit.AuditLog;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.EnumTexts;
import org.factline.base.ui.Formats;
import org.factline.base.ui.NotFoundView;
import org.factline.base.ui.Notifications;
import org.factline.claim.ClaimLink;
import org.factline.claim.ClaimService;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.timeline.EventDetail;
import org.factline.timeline.EventStatus;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** One timeline event: date, category, actors, description, sources, claims and its state. */
@Route("timeline/events/:id")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class EventView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static String topic(long eventId) {
        return "timeline-event:" + eventId;
    }

    private final TimelineService timeline;
    private final Broadcaster broadcaster;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final EventDialogs dialogs;
    private final Div content = new Div();
    private @Nullable EventDetail event;
    private String pageTitle = translate("timeline.event");
    private @Nullable Registration live;

    EventView(
            TimelineService timeline,
            TimelineCategories categories,
            Broadcaster broadcaster,
            CurrentUser currentUser,
            ClaimService claims,
            ArticleService articles,
            AuditLog audit) {
        this.timeline = timeline;
        this.audit = audit;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.dialogs = new EventDialogs(timeline, categories, claims, articles);
        content.addClassNames("view-content", "reader", "event-page");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        long id;
        try {
            id = Long.parseLong(e.getRouteParameters().get("id").orElse(""));
            event = timeline.get(id);
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            NotFoundView.reroute(e, translate("event.no-such"), "timeline", translate("event.timeline"));
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " \u00b7 Factline";
    }

    private void reload() {
        if (event == null) {
            return;
        }
        try {
            event = timeline.get(event.id());
            render();
        } catch (ItemNotFoundException gone) {
            Notifications.info(translate("event.deleted-elsewhere"));
            UI.getCurrent().navigate("timeline");
        }
    }

    private void render() {
        EventDetail e = event;
        if (e == null) {
            return;
        }
        pageTitle = e.title();
        content.removeAll();
        var back = new Anchor("timeline", "\u2190 " + translate("menu.TimelineView"));
        back.addClassName("back-link");
        var h1 = new H1(e.title());
        h1.addClassName("event-title");
        content.add(back, h1, meta(e), actions(e));
        if (e.needsReview()) {
            var flag = new Div(VaadinIcon.WARNING.create(), new Span(translate("event.needs-review", e.reviewNote())));
            flag.addClassName("search-warning");
            content.add(flag);
        }
        if (!e.descriptionHtml().isEmpty()) {
            var description = new Div();
            description.getElement().setProperty("innerHTML", e.descriptionHtml());
            description.addClassName("event-description");
            content.add(description);
        }
        if (!e.actors().isEmpty()) {
            content.add(new H2(translate("event.actors")), actorChips(e));
        }
        if (!e.tags().isEmpty()) {
            content.add(tagChips(e));
        }
        addLinks(e);
        addHistory(e);
    }

    /** What this person may do with the event: authors edit their drafts, editors everything. */
    private Div actions(EventDetail e) {
        boolean editor = currentUser.hasRole(AppRoles.Role.EDITOR);
        boolean mine = e.createdBy().equals(currentUser.actorName());
        var actions = new Div();
        actions.addClassName("event-actions");
        if (editor || (mine && e.status() == EventStatus.DRAFT)) {
            actions.add(new Button(
                    translate("common.edit"), VaadinIcon.EDIT.create(), c -> dialogs.edit(e, saved -> reload())));
        }
        if (editor) {
            addEditorActions(actions, e);
        }
        if (editor || (mine && e.status() == EventStatus.DRAFT)) {
            var delete = new Button(translate("common.delete"), VaadinIcon.TRASH.create(), c -> confirmDelete(e));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(delete);
        }
        return actions;
    }

    private void addEditorActions(Div actions, EventDetail e) {
        if (e.status() == EventStatus.DRAFT) {
            var publish = new Button(
                    translate("event.publish"),
                    VaadinIcon.CHECK.create(),
                    c -> act(() -> timeline.publish(e.id(), e.version()), translate("event.published")));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        } else {
            actions.add(new Button(
                    translate("event.unpublish"),
                    c -> act(() -> timeline.unpublish(e.id(), e.version()), translate("event.unpublished"))));
        }
        if (e.needsReview()) {
            actions.add(new Button(
                    translate("event.mark-reviewed"),
                    VaadinIcon.CHECK_CIRCLE_O.create(),
                    c -> act(() -> timeline.clearReviewFlag(e.id(), e.version()), translate("event.reviewed"))));
        }
    }

    private static Div meta(EventDetail e) {
        var meta = new Div(
                new Span(EventDates.of(e)),
                new CategoryChip(e.category()),
                new Span(EnumTexts.of(e.side())),
                new Span(importance(e)));
        meta.addClassName("event-meta");
        if (e.status() == EventStatus.DRAFT) {
            var draft = new Span(translate("timeline.draft"));
            draft.addClassNames("badge", "badge-warning");
            meta.add(draft);
        }
        if (e.verified()) {
            var verified = new Span("\u2713 " + translate("event.verified", EnumTexts.of(e.verifiedVerdict())));
            verified.addClassNames(
                    "badge",
                    "verdict-label",
                    "verdict-" + e.verifiedVerdict().name().toLowerCase(Locale.ROOT));
            meta.add(verified);
        }
        return meta;
    }

    /** Each actor links to the timeline filtered to that actor. */
    private static Div actorChips(EventDetail e) {
        return new Div(e.actors().stream()
                .map(a -> {
                    var chip = new Anchor("timeline?actor=" + URLEncoder.encode(a, StandardCharsets.UTF_8), a);
                    chip.addClassName("badge");
                    return chip;
                })
                .toArray(Component[]::new));
    }

    private static Div tagChips(EventDetail e) {
        return new Div(e.tags().stream()
                .map(t -> {
                    var chip = new Span("#" + t);
                    chip.addClassName("badge");
                    return chip;
                })
                .toArray(Component[]::new));
    }

    private void addLinks(EventDetail e) {
        content.add(new H2(translate("event.sources")));
        if (e.articles().isEmpty()) {
            content.add(new Span(translate("event.no-sources")));
        } else {
            var list = new UnorderedList();
            e.articles().forEach(a -> list.add(new ListItem(new Anchor("articles/" + a.id(), a.title()))));
            content.add(list);
        }
        content.add(new H2(translate("event.claims")));
        if (e.claims().isEmpty()) {
            content.add(new Span(translate("event.no-claims")));
        } else {
            var list = new UnorderedList();
            e.claims()
                    .forEach(c -> list.add(
                            new ListItem(new Anchor("claims/" + c.id(), c.text()), new Span(" \u2014 " + status(c)))));
            content.add(list);
        }
    }

    private void addHistory(EventDetail e) {
        content.add(new H2(translate("event.history")));
        var history = new UnorderedList();
        history.addClassName("verdict-history");
        for (AuditEntryDetail entry : audit.history("timeline-event", String.valueOf(e.id()), 50)) {
            var summary = new Span(entry.summary());
            summary.addClassName("recorded-text");
            history.add(new ListItem(
                    new Span(Formats.shortMoment(entry.occurredAt()) + " \u2014 " + entry.actor() + ": "), summary));
        }
        content.add(history);
    }

    private static String importance(EventDetail e) {
        return switch (e.importance()) {
            case 1 -> translate("event.importance.minor");
            case 2 -> translate("event.importance.notable");
            default -> translate("event.importance.major");
        };
    }

    private static String status(ClaimLink c) {
        return c.verdict() != null
                ? translate("event.claim-verified", EnumTexts.of(c.verdict()))
                : EnumTexts.of(c.status());
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (ConcurrentEditException | ValidationException | ItemNotFoundException | AccessDeniedException ex) {
            Notifications.error(ex.getMessage());
        }
        reload();
    }

    private void confirmDelete(EventDetail e) {
        var dialog = new ConfirmDialog(
                translate("event.delete.title", e.title()),
                translate("event.delete.text"),
                translate("common.delete"),
                c -> {
                    try {
                        timeline.delete(e.id(), e.version());
                        Notifications.success(translate("event.deleted"));
                        UI.getCurrent().navigate("timeline");
                    } catch (ConcurrentEditException
                            | ValidationException
                            | ItemNotFoundException
                            | AccessDeniedException ex) {
                        Notifications.error(ex.getMessage());
                        reload();
                    }
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (event != null) {
            live = broadcaster.subscribe(topic(event.id()), attach.getUI(), this::reload);
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (live != null) {
            live.remove();
            live = null;
        }
        super.onDetach(detach);
    }
}
