package org.factline.worthiness;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.article.ArticleDetail;
import org.factline.article.ArticleService;
import org.factline.audit.AuditRecord;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.worthiness.domain.ArticleTriage;
import org.factline.worthiness.domain.ArticleTriageRepository;
import org.factline.worthiness.domain.Feedback;
import org.factline.worthiness.domain.FeedbackRepository;
import org.factline.worthiness.domain.Threshold;
import org.factline.worthiness.domain.ThresholdRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-worthiness triage of articles: each sentence scored 0–100, the strongest undecided ones
 * offered to fact-checkers, who make claims of them or dismiss them. Both answers are kept as
 * feedback for retraining. Dismissals are the team's: a dismissed sentence leaves everyone's list.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.FACT_CHECKER)
public class TriageService {

    public static final int DEFAULT_THRESHOLD = 90;
    public static final int MIN_THRESHOLD = 50;
    public static final int MAX_THRESHOLD = 99;

    private final ArticleService articles;
    private final TriageScores scores;
    private final ArticleTriageRepository triages;
    private final FeedbackRepository feedback;
    private final ThresholdRepository thresholds;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    TriageService(
            ArticleService articles,
            TriageScores scores,
            ArticleTriageRepository triages,
            FeedbackRepository feedback,
            ThresholdRepository thresholds,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.articles = articles;
        this.scores = scores;
        this.triages = triages;
        this.feedback = feedback;
        this.thresholds = thresholds;
        this.currentUser = currentUser;
        this.events = events;
    }

    public ArticleTriageDetail triage(long articleId) {
        ArticleDetail article = articles.get(articleId);
        List<String> sentences = TriageScores.sentences(article);
        TriageScores.Scored scored = scores.scored(articleId, sentences);
        double[] values = scored.values();
        var decisions = new HashMap<String, Boolean>();
        for (Feedback f : feedback.findByArticleId(articleId)) {
            decisions.put(f.getSentenceHash(), f.isAccepted());
        }
        var out = new ArrayList<SentenceScore>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Boolean accepted = decisions.get(SentenceKey.of(sentences.get(i)));
            var decision = accepted == null
                    ? SentenceScore.Decision.NONE
                    : accepted ? SentenceScore.Decision.CLAIMED : SentenceScore.Decision.DISMISSED;
            out.add(new SentenceScore(i, sentences.get(i), (int) Math.round(values[i] * 100), decision));
        }
        return new ArticleTriageDetail(articleId, scored.modelName(), threshold(), out);
    }

    /** How many sentences of each article reach the current user's threshold (for lists). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> strongCounts(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        double bar = (threshold() - 0.5) / 100 - 1e-9; // the reader rounds scores to whole numbers
        var out = new HashMap<Long, Integer>();
        for (ArticleTriage t : triages.findByArticleIdIn(articleIds)) {
            int n = 0;
            for (double s : t.scores()) {
                if (s >= bar) {
                    n++;
                }
            }
            out.put(t.getArticleId(), n);
        }
        // sentences the team already decided on are no longer candidates
        for (Feedback f : feedback.findByArticleIdIn(out.keySet())) {
            if (f.getScore() >= bar) {
                out.computeIfPresent(f.getArticleId(), (id, n) -> Math.max(0, n - 1));
            }
        }
        return out;
    }

    /** "Not worth checking": the sentence leaves the team's list of candidates for this article. */
    public void dismiss(long articleId, int sentenceIndex) {
        decide(articleId, sentenceIndex, false);
    }

    /** Takes a dismissal back (a claimed sentence stays claimed). */
    public void restore(long articleId, int sentenceIndex) {
        List<String> sentences = TriageScores.sentences(articles.get(articleId));
        String sentence = sentence(sentences, sentenceIndex);
        feedback.findByArticleIdAndSentenceHash(articleId, SentenceKey.of(sentence))
                .filter(f -> !f.isAccepted())
                .ifPresent(f -> {
                    feedback.delete(f);
                    audit("worthiness.restored", articleId, "Restored a dismissed sentence: " + sentence);
                });
        events.publishEvent(new TriageChanged(articleId));
    }

    /**
     * Records that the sentences of a claimed passage were worth checking: those inside the
     * passage, and the one the passage lies in if it covers at least half of it (a claim made
     * from "40 percent" says nothing about every sentence with those words). A transaction of its
     * own, so that the listener can try again when a claim made at the same moment on the same
     * sentence stored its row first.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void claimed(long articleId, String passage) {
        List<String> sentences = TriageScores.sentences(articles.get(articleId));
        double[] values = scores.scores(articleId, sentences);
        String normalPassage = SentenceKey.normal(passage);
        boolean any = false;
        for (int i = 0; i < sentences.size(); i++) {
            String s = SentenceKey.normal(sentences.get(i));
            boolean covered = normalPassage.contains(s)
                    || (s.contains(normalPassage) && normalPassage.length() * 2 >= s.length());
            if (SentenceScore.rankable(s) && covered) {
                store(articleId, sentences, values, i, true);
                any = true;
            }
        }
        if (any) {
            events.publishEvent(new TriageChanged(articleId));
        }
    }

    @Transactional(readOnly = true)
    public int threshold() {
        return thresholds
                .findById(currentUser.actorName())
                .map(Threshold::getThreshold)
                .orElse(DEFAULT_THRESHOLD);
    }

    public int saveThreshold(int threshold) {
        if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
            throw new ValidationException(
                    "threshold", "Choose a threshold between " + MIN_THRESHOLD + " and " + MAX_THRESHOLD + ".");
        }
        var row = thresholds
                .findById(currentUser.actorName())
                .orElseGet(() -> new Threshold(currentUser.actorName(), threshold));
        row.setThreshold(threshold);
        thresholds.save(row);
        return threshold;
    }

    private void decide(long articleId, int sentenceIndex, boolean accepted) {
        List<String> sentences = TriageScores.sentences(articles.get(articleId));
        String sentence = sentence(sentences, sentenceIndex);
        boolean claimed = feedback.findByArticleIdAndSentenceHash(articleId, SentenceKey.of(sentence))
                .filter(Feedback::isAccepted)
                .isPresent();
        if (claimed && !accepted) {
            throw new ValidationException("This sentence has already been made into a claim.");
        }
        store(articleId, sentences, scores.scores(articleId, sentences), sentenceIndex, accepted);
        audit(
                accepted ? "worthiness.claimed" : "worthiness.dismissed",
                articleId,
                (accepted ? "Claimed: " : "Dismissed as not worth checking: ") + sentences.get(sentenceIndex));
        events.publishEvent(new TriageChanged(articleId));
    }

    private void store(long articleId, List<String> sentences, double[] values, int i, boolean accepted) {
        String hash = SentenceKey.of(sentences.get(i));
        var existing = feedback.findByArticleIdAndSentenceHash(articleId, hash);
        if (existing.isPresent()) {
            existing.get().decide(accepted, currentUser.actorName());
            return;
        }
        feedback.save(new Feedback(
                articleId,
                hash,
                sentences.get(i),
                i > 0 ? sentences.get(i - 1) : null,
                i + 1 < sentences.size() ? sentences.get(i + 1) : null,
                accepted,
                values[i],
                currentUser.actorName()));
    }

    private static String sentence(List<String> sentences, int index) {
        if (index < 0 || index >= sentences.size()) {
            throw new ValidationException("This sentence is no longer in the article; reload the page.");
        }
        return sentences.get(index);
    }

    private void audit(String action, long articleId, String summary) {
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                action,
                "article",
                Long.toString(articleId),
                summary.length() <= 300 ? summary : summary.substring(0, 299) + "\u2026",
                null,
                null));
    }
}
