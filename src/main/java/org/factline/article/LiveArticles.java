package org.factline.article;

import org.factline.base.ui.Broadcaster;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Once a merge (or its undo) committed, the open readers of both articles redraw. */
@Component
class LiveArticles {

    private final Broadcaster broadcaster;

    LiveArticles(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    static String topic(long articleId) {
        return "article:" + articleId;
    }

    @ApplicationModuleListener
    void on(ArticleMerged merged) {
        broadcaster.publish(topic(merged.copyId()));
        broadcaster.publish(topic(merged.originalId()));
    }
}
