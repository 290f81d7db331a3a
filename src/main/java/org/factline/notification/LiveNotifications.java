package org.factline.notification;

import org.factline.base.ui.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Once notifications are committed, the recipients' open bells update (server push). */
@Component
class LiveNotifications {

    private final Broadcaster broadcaster;

    LiveNotifications(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NotificationsChanged changed) {
        changed.recipients().forEach(r -> broadcaster.publish(NotificationService.liveTopic(r)));
    }
}
