package org.factline.notification;

import org.factline.base.ui.Broadcaster;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Once notifications are committed, the recipients' open bells update (server push). */
@Component
class LiveNotifications {

    private final Broadcaster broadcaster;

    LiveNotifications(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @ApplicationModuleListener
    void on(NotificationsChanged changed) {
        changed.recipients().forEach(r -> broadcaster.publish(NotificationService.liveTopic(r)));
    }
}
