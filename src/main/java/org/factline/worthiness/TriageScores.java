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

/**
 * Sentence scores of articles, cached per article and model: computed once after import (or
 * when first read, or after a model change) and stored, so lists count strong candidates with one
 * query. Scoring runs the same model and sentence split as the reader shows.
 */
@Component
class TriageScores {

    private final ArticleTriageRepository triages;
    private final ActiveModel model;
    private final Clock clock;

    TriageScores(ArticleTriageRepository triages, ActiveModel model, Clock clock) {
        this.triages = triages;
        this.model = model;
        this.clock = clock;
    }

    static List<String> sentences(ArticleDetail article) {
        var out = new ArrayList<String>();
        article.sentences().forEach(out::addAll);
        return out;
    }

    /** Percentile scores (0–1), cached if they belong to the active model and this text, else computed and stored. */
    double[] scores(long articleId, List<String> sentences) {
        WorthinessModel active = model.get();
        var cached = triages.findById(articleId);
        if (cached.isPresent() && cached.get().getModelName().equals(active.name())) {
            double[] scores = cached.get().scores();
            if (scores.length == sentences.size()) {
                return scores;
            }
        }
        double[] scores =
                active.percentiles(sentences.stream().map(s -> new Line("", s)).toList());
        for (int i = 0; i < scores.length; i++) {
            // 0–1 with 4 decimals, as stored; headings and fragments are never candidates
            scores[i] = SentenceScore.rankable(sentences.get(i)) ? Math.round(scores[i] * 100) / 10_000.0 : 0;
        }
        try {
            triages.saveAndFlush(new ArticleTriage(articleId, active.name(), scores, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // another request or node stored the same scores a moment earlier: theirs stay
        }
        return scores;
    }
}
