package org.factline.timeline.ui;

import org.factline.base.ui.Broadcaster;
import org.factline.timeline.TimelineChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells every open timeline that an event changed, once the change is committed. */
@Component
class TimelineLive {

    private final Broadcaster broadcaster;

    TimelineLive(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @ApplicationModuleListener
    void on(TimelineChanged change) {
        broadcaster.publish(TimelineView.TOPIC);
        broadcaster.publish(EventView.topic(change.eventId()));
    }
}
