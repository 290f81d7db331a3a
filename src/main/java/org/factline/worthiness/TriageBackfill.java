package org.factline.worthiness;

import java.time.Duration;
import java.util.List;
import org.factline.article.ArticleService;
import org.factline.base.ClusterLock;
import org.factline.security.SystemAuthentication;
import org.factline.worthiness.domain.ArticleTriageRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores, in the background, the articles that have no scores under the active model yet: those
 * imported before this feature, and all of them after a retrained model became active. On several
 * nodes one of them scores at a time ({@link ClusterLock} {@value #LOCK}, renewed every batch):
 * each node asks for a pass at start and after a retraining; a node that finds the lock taken
 * tries again every {@link #RETRY} until it gets it, so a pass asked for while another node's
 * pass was ending still runs (it then finds little or nothing left to score).
 */
@Component
class TriageBackfill {

    private static final Logger log = LoggerFactory.getLogger(TriageBackfill.class);
    private static final int BATCH = 100;
    static final String LOCK = "triage-backfill";
    /** A batch of {@link #BATCH} articles takes seconds; the lease is renewed after each. */
    static final Duration LEASE = Duration.ofMinutes(5);

    static final Duration RETRY = Duration.ofSeconds(30);

    private final ArticleTriageRepository triages;
    private final ArticleService articles;
    private final TriageScores scores;
    private final ActiveModel model;
    private final TransactionTemplate tx;
    private final ClusterLock lock;
    private final boolean enabled;
    private boolean running;
    private boolean pending;

    TriageBackfill(
            ArticleTriageRepository triages,
            ArticleService articles,
            TriageScores scores,
            ActiveModel model,
            PlatformTransactionManager transactions,
            ClusterLock lock,
            @Value("${factline.worthiness.backfill:true}") boolean enabled) {
        this.triages = triages;
        this.articles = articles;
        this.scores = scores;
        this.model = model;
        this.tx = new TransactionTemplate(transactions);
        this.lock = lock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        start();
    }

    /** Re-scores everything once the retraining that activated a new model has committed. */
    void afterCommitRescore() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    model.refresh();
                    start();
                }
            });
        } else {
            model.refresh();
            start();
        }
    }

    /** Starts a pass in the background; asked while one runs, another pass follows it. */
    synchronized void start() {
        if (!enabled) {
            return;
        }
        pending = true;
        if (running) {
            return;
        }
        running = true;
        Thread.ofVirtual().name("triage-backfill").start(() -> {
            try {
                while (nextPass()) {
                    while (!pass()) {
                        Thread.sleep(RETRY); // another node is scoring; run after it
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped();
            } catch (RuntimeException e) {
                log.warn("Check-worthiness backfill stopped", e);
                stopped();
            }
        });
    }

    private synchronized boolean nextPass() {
        if (!pending) {
            running = false;
            return false;
        }
        pending = false;
        return true;
    }

    private synchronized void stopped() {
        running = false;
    }

    /**
     * One pass on this node, unless another node (or thread) is doing one.
     *
     * @return whether this node did the pass
     */
    boolean pass() {
        return lock.runExclusively(LOCK, LEASE, lease -> SystemAuthentication.runAsSystem(() -> run(lease)));
    }

    /** @return how many articles were scored */
    int run() {
        return run(() -> true);
    }

    private int run(ClusterLock.Lease lease) {
        long after = 0;
        int done = 0;
        String name = model.get().name();
        while (true) {
            if (!name.equals(model.get().name())) {
                name = model.get().name(); // the model changed meanwhile: start over with it
                after = 0;
            }
            List<Long> ids = triages.unscored(name, after, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            for (long id : ids) {
                try {
                    tx.executeWithoutResult(s -> scores.scores(id, TriageScores.sentences(articles.get(id))));
                    done++;
                } catch (RuntimeException e) {
                    log.warn("Could not score the sentences of article {}", id, e);
                }
                after = id;
            }
            if (!lease.renew()) {
                log.warn("Check-worthiness backfill: the cluster lock was lost; another node goes on");
                break;
            }
        }
        if (done > 0) {
            log.info("Scored the sentences of {} articles for check-worthiness", done);
        }
        return done;
    }
}
