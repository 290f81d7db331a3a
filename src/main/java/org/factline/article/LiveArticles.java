package org.factline.article;

import org.factline.base.ui.Broadcaster;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Once an article's new text, or a merge of two articles (or its undo), is committed, the open
 * reader pages concerned redraw.
 */
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

    @ApplicationModuleListener
    void on(ArticleUpdated updated) {
        broadcaster.publish(topic(updated.articleId()));
    }

    @ApplicationModuleListener
    void on(ArticleReprocessed reprocessed) {
        broadcaster.publish(topic(reprocessed.articleId()));
    }
}
