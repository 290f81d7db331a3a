package org.factline.worthiness;

import org.factline.article.ArticleImported;
import org.factline.article.ArticleService;
import org.factline.base.ui.Broadcaster;
import org.factline.claim.PassageClaimed;
import org.factline.security.SystemAuthentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Component;

/**
 * Scores a new article's sentences once its import committed, learns from passages made into
 * claims, and tells open readers when an article's triage changed. Each runs after the triggering
 * change committed, in a transaction of its own, as the system (no one's sign-in reaches these
 * threads): a failure here never undoes an import or a claim, and stays an incomplete event
 * publication to be delivered again.
 */
@Component
class TriageListeners {

    private final TriageScores scores;
    private final TriageService triage;
    private final ArticleService articles;
    private final Broadcaster broadcaster;
    private final ApplicationEventPublisher events;

    TriageListeners(
            TriageScores scores,
            TriageService triage,
            ArticleService articles,
            Broadcaster broadcaster,
            ApplicationEventPublisher events) {
        this.events = events;
        this.scores = scores;
        this.triage = triage;
        this.articles = articles;
        this.broadcaster = broadcaster;
    }

    @ApplicationModuleListener
    void on(ArticleImported imported) {
        SystemAuthentication.runAsSystem(
                () -> scores.scores(imported.articleId(), TriageScores.sentences(articles.get(imported.articleId()))));
        events.publishEvent(new TriageChanged(imported.articleId()));
    }

    @ApplicationModuleListener
    // Two claims made at once on the same sentence: both find no feedback row, one insert loses to
    // the unique index; the next attempt finds the row the other stored and updates it.
    @Retryable(includes = DataIntegrityViolationException.class, maxRetries = 3, delay = 20, jitter = 10)
    void on(PassageClaimed claimed) {
        SystemAuthentication.runAsSystem(() -> triage.claimed(claimed.articleId(), claimed.passage()));
    }

    @ApplicationModuleListener
    void on(TriageChanged changed) {
        broadcaster.publish(TriageChanged.topic(changed.articleId()));
        broadcaster.publish(TriageChanged.LIST_TOPIC);
    }
}
