package org.factline.notification.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.Optional;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.HeaderItem;
import org.factline.notification.NotificationService;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.core.annotation.Order;

/** Puts the notification bell into the header of everyone who can receive notifications. */
@org.springframework.stereotype.Component
@Order(10)
class NotificationBell implements HeaderItem {

    private final NotificationService notifications;
    private final Broadcaster broadcaster;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationBell(NotificationService notifications, Broadcaster broadcaster, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        boolean member = currentUser.hasRole(AppRoles.Role.FACT_CHECKER) || currentUser.hasRole(AppRoles.Role.ADMIN);
        if (!member || currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BellButton(notifications, broadcaster, clock, currentUser.actorName()));
    }
}
