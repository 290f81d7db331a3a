package org.factline.claim;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.factline.base.ClusterLock;
import org.factline.claim.domain.Claim;
import org.factline.claim.domain.ClaimRepository;
import org.factline.embedding.SentenceEmbeddings;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every claim the embedding of its text (column {@code claim.embedding}, V33) and puts it in
 * the search index: a new claim once its creation committed, and in the background at start the
 * claims that have none yet (created before this feature, or while the model could not load). The
 * column is written without a version bump and the claim is reindexed explicitly, so a rebuild of
 * the index reads the stored vector and needs no model run.
 */
@Component
class ClaimEmbeddings {

    private static final Logger log = LoggerFactory.getLogger(ClaimEmbeddings.class);
    static final String LOCK = "claim-embeddings";
    private static final int BATCH = 64;

    private final ClaimRepository claims;
    private final SentenceEmbeddings embeddings;
    private final EntityManager entityManager;
    private final TransactionTemplate tx;
    private final ClusterLock lock;
    private final boolean backfill;

    ClaimEmbeddings(
            ClaimRepository claims,
            SentenceEmbeddings embeddings,
            EntityManager entityManager,
            PlatformTransactionManager transactions,
            ClusterLock lock,
            @Value("${factline.embedding.backfill:true}") boolean backfill) {
        this.claims = claims;
        this.embeddings = embeddings;
        this.entityManager = entityManager;
        this.tx = new TransactionTemplate(transactions);
        this.lock = lock;
        this.backfill = backfill;
    }

    @ApplicationModuleListener
    void on(ClaimCreated created) {
        store(List.of(created.claimId()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!backfill) {
            return;
        }
        Thread.ofVirtual().name("claim-embeddings").start(() -> {
            try {
                lock.runExclusively(LOCK, Duration.ofMinutes(5), lease -> {
                    int done = run(lease);
                    if (done > 0) {
                        log.info("Computed the embeddings of {} claims", done);
                    }
                });
            } catch (RuntimeException e) {
                log.warn("Claim embeddings backfill stopped; it runs again at the next start", e);
            }
        });
    }

    /** @return how many claims got an embedding */
    int run(ClusterLock.Lease lease) {
        long after = 0;
        int done = 0;
        while (true) {
            long from = after;
            List<Long> ids = tx.execute(s -> claims.withoutEmbedding(from, Limit.of(BATCH)));
            if (ids == null || ids.isEmpty()) {
                return done;
            }
            store(ids);
            done += ids.size();
            after = ids.getLast();
            if (!lease.renew()) {
                return done;
            }
        }
    }

    /** Embeds the claims' texts in one batch, stores them and reindexes the claims. */
    void store(List<Long> ids) {
        List<String> texts = tx.execute(s -> ids.stream()
                .map(id -> claims.findById(id).map(Claim::getText).orElse(""))
                .toList());
        List<float[]> vectors = embeddings.embedAll(texts);
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < ids.size(); i++) {
                if (!texts.get(i).isEmpty()) {
                    claims.storeEmbedding(ids.get(i), vectors.get(i));
                }
            }
            var plan = Search.session(entityManager).indexingPlan();
            claims.findAllById(ids).forEach(plan::addOrUpdate);
        });
    }
}
