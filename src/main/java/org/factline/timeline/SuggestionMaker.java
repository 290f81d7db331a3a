package org.factline.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factline.article.ArticleDetail;
import org.factline.article.ArticleImported;
import org.factline.article.ArticleService;
import org.factline.claim.ClaimLink;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimVerdictChanged;
import org.factline.security.SystemAuthentication;
import org.factline.timeline.domain.EventSuggestion;
import org.factline.timeline.domain.EventSuggestionRepository;
import org.factline.timeline.domain.TimelineEvent;
import org.factline.timeline.domain.TimelineEventRepository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Proposes timeline events after an article import (its dated, event-like sentences) and after a
 * dated claim is verified. Runs after the triggering change has committed, in its own transaction,
 * as the system: a failure here never undoes an import or a verdict, and stays an incomplete event
 * publication to be delivered again. A proposal close to an existing event (dates
 * within three days, most of the event's title words in it) points at that event instead.
 */
@Component
class SuggestionMaker {

    static final int SAME_EVENT_DAYS = 3;

    private final EventSuggestionRepository suggestions;
    private final TimelineEventRepository events;
    private final ArticleService articles;
    private final ClaimService claims;

    SuggestionMaker(
            EventSuggestionRepository suggestions,
            TimelineEventRepository events,
            ArticleService articles,
            ClaimService claims) {
        this.suggestions = suggestions;
        this.events = events;
        this.articles = articles;
        this.claims = claims;
    }

    @ApplicationModuleListener
    void on(ArticleImported imported) {
        ArticleDetail article = SystemAuthentication.runAsSystem(() -> articles.get(imported.articleId()));
        for (EventSentences.Found found : EventSentences.find(article.sentences())) {
            String sentence = clip(found.sentence(), 1000);
            if (suggestions.existsByArticleIdAndSentence(imported.articleId(), sentence)) {
                continue;
            }
            Optional<TimelineEvent> same = sameEvent(found.date(), found.precision(), sentence);
            if (same.isPresent() && same.get().getArticleIds().contains(imported.articleId())) {
                continue;
            }
            if (similarOpenSuggestion(found.date(), sentence)) {
                continue;
            }
            suggestions.save(new EventSuggestion(
                    EventSuggestion.Source.ARTICLE,
                    imported.articleId(),
                    null,
                    EventSentences.title(sentence),
                    sentence,
                    found.precision().start(found.date()),
                    found.precision(),
                    same.map(TimelineEvent::getId).orElse(null)));
        }
    }

    @ApplicationModuleListener
    void on(ClaimVerdictChanged change) {
        if (change.after() == null || suggestions.existsByClaimId(change.claimId())) {
            return;
        }
        List<ClaimLink> found = SystemAuthentication.runAsSystem(() -> claims.links(List.of(change.claimId())));
        if (found.isEmpty() || found.getFirst().claimDate() == null) {
            return;
        }
        ClaimLink claim = found.getFirst();
        LocalDate date = claim.claimDate();
        Optional<TimelineEvent> same = sameEvent(date, DatePrecision.DAY, claim.text());
        if (same.isPresent() && same.get().getClaimIds().contains(claim.id())) {
            return;
        }
        suggestions.save(new EventSuggestion(
                EventSuggestion.Source.CLAIM,
                null,
                claim.id(),
                EventSentences.title(claim.text()),
                clip(claim.text(), 1000),
                date,
                DatePrecision.DAY,
                same.map(TimelineEvent::getId).orElse(null)));
    }

    /** An event starting within the proposal's period (a day, month…), give or take three days. */
    private Optional<TimelineEvent> sameEvent(LocalDate date, DatePrecision precision, String text) {
        LocalDate first = precision.start(date).minusDays(SAME_EVENT_DAYS);
        LocalDate last = precision.end(precision.start(date)).plusDays(SAME_EVENT_DAYS);
        return events.findStartingBetween(first, last).stream()
                .filter(e -> EventSentences.covered(e.getTitle(), text) >= 0.5)
                .findFirst();
    }

    private boolean similarOpenSuggestion(LocalDate date, String sentence) {
        return suggestions
                .findByStatusAndDateBetween(
                        EventSuggestion.Status.OPEN, date.minusDays(SAME_EVENT_DAYS), date.plusDays(SAME_EVENT_DAYS))
                .stream()
                .anyMatch(s -> EventSentences.covered(s.getTitle(), sentence) >= 0.6);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
