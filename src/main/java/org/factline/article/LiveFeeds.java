package org.factline.article;

import org.factline.base.ui.Broadcaster;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Once a feed change or poll is committed, open Feeds pages update. */
@Component
class LiveFeeds {

    private final Broadcaster broadcaster;

    LiveFeeds(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @ApplicationModuleListener
    void on(FeedsChanged changed) {
        broadcaster.publish(FeedService.LIVE_TOPIC);
    }
}
