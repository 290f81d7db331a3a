package org.factline.worthiness;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.factline.article.ArticleDetail;
import org.factline.worthiness.domain.ArticleTriage;
import org.factline.worthiness.domain.ArticleTriageRepository;
import org.factline.worthiness.model.Line;
import org.factline.worthiness.model.WorthinessModel;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sentence scores of articles, cached per article, model and text: computed once after import (or
 * when first read, or after a model change) and stored, so lists count strong candidates with one
 * query. Scoring runs the same model and sentence split as the reader shows.
 */
@Component
class TriageScores {

    private final ArticleTriageRepository triages;
    private final ActiveModel model;
    private final Clock clock;
    private final TransactionTemplate write;

    TriageScores(
            ArticleTriageRepository triages, ActiveModel model, Clock clock, PlatformTransactionManager transactions) {
        this.triages = triages;
        this.model = model;
        this.clock = clock;
        // The cache is written in a transaction of its own: a concurrent writer (another reader,
        // the import listener, another node's backfill) must not roll back the caller's work.
        this.write = new TransactionTemplate(transactions);
        this.write.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static List<String> sentences(ArticleDetail article) {
        var out = new ArrayList<String>();
        article.sentences().forEach(out::addAll);
        return out;
    }

    /**
     * Percentile scores (0–1, 4 decimals) of the sentences: cached if they belong to the active
     * model and exactly these sentences, else computed and stored.
     */
    double[] scores(long articleId, List<String> sentences) {
        return scored(articleId, sentences).values();
    }

    /** Scores with the name of the model that gave them. */
    record Scored(String modelName, double[] values) {}

    Scored scored(long articleId, List<String> sentences) {
        WorthinessModel active = model.get();
        String textHash = SentenceKey.of(String.join("\n", sentences));
        var cached = triages.findById(articleId);
        if (cached.isPresent()
                && cached.get().getModelName().equals(active.name())
                && cached.get().getTextHash().equals(textHash)) {
            return new Scored(active.name(), cached.get().scores());
        }
        double[] scores =
                active.percentiles(sentences.stream().map(s -> new Line("", s)).toList());
        for (int i = 0; i < scores.length; i++) {
            // headings and fragments are never candidates
            scores[i] = SentenceScore.rankable(sentences.get(i)) ? Math.round(scores[i] * 100) / 10_000.0 : 0;
        }
        var row = new ArticleTriage(articleId, active.name(), textHash, scores, clock.instant());
        try {
            write.executeWithoutResult(status -> triages.save(row));
        } catch (DataIntegrityViolationException raced) {
            // another writer stored this article's scores a moment earlier; ours are returned anyway
        }
        return new Scored(active.name(), scores);
    }
}
