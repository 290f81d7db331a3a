package org.factline.base.ui;

import org.factline.base.DatabaseHealth;
import org.springframework.stereotype.Component;

/** Passes the database's comings and goings to the open pages' {@link DatabaseBanner}s. */
@Component
class DatabaseAnnouncer {

    static final String TOPIC = "database";

    DatabaseAnnouncer(DatabaseHealth health, Broadcaster broadcaster) {
        health.onChange(() -> broadcaster.publish(TOPIC));
    }
}
