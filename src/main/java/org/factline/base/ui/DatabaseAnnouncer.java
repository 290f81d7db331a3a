package org.factline.base.ui;

import org.factline.base.DatabaseAvailability;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Passes the database's comings and goings to the open pages' {@link DatabaseBanner}s. */
@Component
class DatabaseAnnouncer {

    static final String TOPIC = "database";

    private final Broadcaster broadcaster;

    DatabaseAnnouncer(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @EventListener
    void on(DatabaseAvailability change) {
        broadcaster.publish(TOPIC);
    }
}
