package org.factline.worthiness;

import org.factline.article.ArticleImported;
import org.factline.article.ArticleService;
import org.factline.base.ui.Broadcaster;
import org.factline.claim.PassageClaimed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Scores a new article's sentences once its import committed, learns from passages made into
 * claims, and tells open readers when an article's triage changed. Each runs after the triggering
 * change committed, in its own transaction: a failure here never undoes an import or a claim.
 */
@Component
class TriageListeners {

    private static final Logger log = LoggerFactory.getLogger(TriageListeners.class);

    private final TriageScores scores;
    private final TriageService triage;
    private final ArticleService articles;
    private final Broadcaster broadcaster;

    TriageListeners(TriageScores scores, TriageService triage, ArticleService articles, Broadcaster broadcaster) {
        this.scores = scores;
        this.triage = triage;
        this.articles = articles;
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ArticleImported imported) {
        try {
            scores.scores(imported.articleId(), TriageScores.sentences(articles.get(imported.articleId())));
        } catch (RuntimeException e) {
            log.warn("Could not score the sentences of article {}", imported.articleId(), e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PassageClaimed claimed) {
        try {
            triage.claimed(claimed.articleId(), claimed.passage());
        } catch (RuntimeException e) {
            log.warn("Could not record check-worthiness feedback for article {}", claimed.articleId(), e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(TriageChanged changed) {
        broadcaster.publish(TriageChanged.topic(changed.articleId()));
    }
}
