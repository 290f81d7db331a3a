package org.factline.claim;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.factline.article.ArticleDetail;
import org.factline.article.ArticleImported;
import org.factline.article.ArticleService;
import org.factline.base.ui.Broadcaster;
import org.factline.embedding.SentenceEmbeddings;
import org.factline.search.NearbyItem;
import org.factline.search.SearchService;
import org.factline.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds, after an import committed (never in the import's transaction), the article's sentences
 * that state a claim already in Factline: all sentences embedded in batches, then for each the
 * nearest claim by meaning (kNN) with a cosine of at least {@code factline.known-claims.min-cosine}.
 * On a backend without vectors the fallback is visible: the best word match (at least half the
 * words), marked "by words". Results go to {@code known_claim_match} (V34); open readers redraw.
 */
@Component
class KnownClaimScan {

    static String topic(long articleId) {
        return "known-claims:" + articleId;
    }

    private final ArticleService articles;
    private final SearchService search;
    private final SentenceEmbeddings embeddings;
    private final JdbcClient jdbc;
    private final Broadcaster broadcaster;
    private final Clock clock;
    private final double minCosine;

    KnownClaimScan(
            ArticleService articles,
            SearchService search,
            SentenceEmbeddings embeddings,
            JdbcClient jdbc,
            Broadcaster broadcaster,
            Clock clock,
            @Value("${factline.known-claims.min-cosine:0.60}") double minCosine) {
        this.articles = articles;
        this.search = search;
        this.embeddings = embeddings;
        this.jdbc = jdbc;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.minCosine = minCosine;
    }

    @ApplicationModuleListener
    void on(ArticleImported imported) {
        SystemAuthentication.runAsSystem(() -> scan(imported.articleId()));
        String topic = topic(imported.articleId());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                broadcaster.publish(topic);
            }
        });
    }

    private record Found(String sentence, long claimId, double score) {}

    /** Looks for known claims in the article's sentences and stores what it found (again). */
    void scan(long articleId) {
        ArticleDetail article = articles.get(articleId);
        List<String> sentences = new ArrayList<>();
        article.sentences().forEach(sentences::addAll);
        sentences.removeIf(s -> s.strip().length() < 20);
        boolean byMeaning = search.meaningAvailable();
        List<Found> found = new ArrayList<>();
        if (byMeaning) {
            List<float[]> vectors = embeddings.embedAll(sentences);
            for (int i = 0; i < sentences.size(); i++) {
                for (NearbyItem near : search.nearest("claim", vectors.get(i), minCosine, 3)) {
                    found.add(new Found(sentences.get(i), near.id(), near.cosine()));
                }
            }
        } else {
            for (String sentence : sentences) {
                search.similar("claim", sentence, null, 1)
                        .forEach(item -> found.add(new Found(sentence, item.id(), 0)));
            }
        }
        jdbc.sql("delete from known_claim_match where article_id = ?")
                .param(articleId)
                .update();
        jdbc.sql("delete from known_claim_scan where article_id = ?")
                .param(articleId)
                .update();
        for (Found f : found) {
            jdbc.sql("insert into known_claim_match (article_id, claim_id, sentence, score) values (?, ?, ?, ?)")
                    .params(articleId, f.claimId(), shorten(f.sentence()), f.score())
                    .update();
        }
        jdbc.sql("insert into known_claim_scan (article_id, by_meaning, scanned_at) values (?, ?, ?)")
                .params(articleId, byMeaning, java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private static String shorten(String sentence) {
        return sentence.length() > 2000 ? sentence.substring(0, 2000) : sentence;
    }
}
