package org.factline.worthiness;

import org.factline.article.ArticleImported;
import org.factline.article.ArticleService;
import org.factline.base.ui.Broadcaster;
import org.factline.claim.PassageClaimed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores a new article's sentences once its import committed, learns from passages made into
 * claims, and tells open readers when an article's triage changed. Each runs after the triggering
 * change committed, in a transaction of its own inside the try block: a failure here is logged and
 * never undoes (or disturbs) an import or a claim.
 */
@Component
class TriageListeners {

    private static final Logger log = LoggerFactory.getLogger(TriageListeners.class);

    private final TriageScores scores;
    private final TriageService triage;
    private final ArticleService articles;
    private final Broadcaster broadcaster;
    private final TransactionTemplate tx;

    TriageListeners(
            TriageScores scores,
            TriageService triage,
            ArticleService articles,
            Broadcaster broadcaster,
            PlatformTransactionManager transactions) {
        this.scores = scores;
        this.triage = triage;
        this.articles = articles;
        this.broadcaster = broadcaster;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(ArticleImported imported) {
        try {
            tx.executeWithoutResult(s ->
                    scores.scores(imported.articleId(), TriageScores.sentences(articles.get(imported.articleId()))));
        } catch (RuntimeException e) {
            log.warn("Could not score the sentences of article {}", imported.articleId(), e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(PassageClaimed claimed) {
        try {
            tx.executeWithoutResult(s -> triage.claimed(claimed.articleId(), claimed.passage()));
        } catch (RuntimeException e) {
            log.warn("Could not record check-worthiness feedback for article {}", claimed.articleId(), e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(TriageChanged changed) {
        broadcaster.publish(TriageChanged.topic(changed.articleId()));
    }
}
