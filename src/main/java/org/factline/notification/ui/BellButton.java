package org.factline.notification.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.Notifications;
import org.factline.notification.NotificationService;
import org.factline.notification.NotificationSummary;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the header: an unread badge that updates live, and a list of the latest
 * notifications; opening one marks it read and goes to its claim.
 */
final class BellButton extends Composite<Div> {

    private static final int SHOWN = 20;

    final Button bell = new Button(VaadinIcon.BELL_O.create());
    final Span badge = new Span();
    final Div list = new Div();
    final Button markAll = new Button(translate("bell.mark-all"));
    private final Popover popover = new Popover();
    private final NotificationService notifications;
    private final Clock clock;

    BellButton(NotificationService notifications, Broadcaster broadcaster, Clock clock, String username) {
        this.notifications = notifications;
        this.clock = clock;
        getContent().addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.addClassName("notification-bell-button");
        badge.addClassName("notification-badge");
        getContent().add(bell, badge);

        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            refresh();
        });
        var head = new Div(new H3(translate("bell.title")), markAll);
        head.addClassName("notification-head");
        list.addClassName("notification-list");
        popover.add(head, list);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(translate("bell.title"));
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
        getContent().add(popover);
        refresh();
        getContent().addAttachListener(attach -> {
            var subscription =
                    broadcaster.subscribe(NotificationService.liveTopic(username), attach.getUI(), this::refresh);
            getContent().addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Redraws the badge and the list from the service. */
    void refresh() {
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(translate("bell.unread.label", unread));
        bell.setTooltipText(unread == 0 ? translate("bell.title") : translate("bell.unread.tip", unread));
        markAll.setEnabled(unread > 0);
        list.removeAll();
        var recent = notifications.recent(SHOWN);
        if (recent.isEmpty()) {
            list.add(new Paragraph(translate("bell.empty")));
        }
        recent.forEach(n -> list.add(item(n)));
    }

    private Button item(NotificationSummary n) {
        var message = new Span(n.message());
        message.addClassNames("notification-message", "recorded-text"); // written when it happened
        var when = new Span(ago(n.createdAt()));
        when.addClassName("notification-when");
        var item = new Button();
        item.getElement().appendChild(message.getElement(), when.getElement());
        item.addClassName("notification-item");
        if (!n.read()) {
            item.addClassName("unread");
        }
        item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        item.addClickListener(e -> open(n.id()));
        return item;
    }

    private void open(long id) {
        try {
            String link = notifications.open(id);
            popover.close();
            refresh();
            UI.getCurrent().navigate(link);
        } catch (ItemNotFoundException gone) {
            Notifications.error(gone.getMessage());
            refresh();
        }
    }

    private String ago(@Nullable Instant at) {
        if (at == null) {
            return "";
        }
        Duration d = Duration.between(at, clock.instant());
        if (d.toMinutes() < 1) {
            return translate("time.just-now");
        }
        if (d.toHours() < 1) {
            return translate("time.ago", translate("duration.minutes", d.toMinutes()));
        }
        if (d.toDays() < 1) {
            return translate("time.ago", translate("duration.hours", d.toHours()));
        }
        return translate("time.ago", translate("duration.days", d.toDays()));
    }
}
