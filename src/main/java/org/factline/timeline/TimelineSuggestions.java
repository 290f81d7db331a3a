package org.factline.timeline;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.factline.article.ArticleService;
import org.factline.audit.AuditRecord;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.timeline.domain.EventSuggestion;
import org.factline.timeline.domain.EventSuggestionRepository;
import org.factline.timeline.domain.TimelineEvent;
import org.factline.timeline.domain.TimelineEventRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors go through the events Factline proposes: accept (prefilled form), attach, or dismiss. */
@Service
@Transactional
@RolesAllowed(AppRoles.EDITOR)
public class TimelineSuggestions {

    private final EventSuggestionRepository suggestions;
    private final TimelineEventRepository events;
    private final TimelineService timeline;
    private final TimelineCategories categories;
    private final ArticleService articles;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TimelineSuggestions(
            EventSuggestionRepository suggestions,
            TimelineEventRepository events,
            TimelineService timeline,
            TimelineCategories categories,
            ArticleService articles,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.suggestions = suggestions;
        this.events = events;
        this.timeline = timeline;
        this.categories = categories;
        this.articles = articles;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Open proposals, newest event date first. */
    @Transactional(readOnly = true)
    public List<SuggestionDetail> open() {
        List<EventSuggestion> open = suggestions.findByStatusOrderByDateDescIdDesc(EventSuggestion.Status.OPEN);
        Set<Long> articleIds = open.stream()
                .map(EventSuggestion::getArticleId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> titles = articles.titles(articleIds);
        Set<Long> eventIds = open.stream()
                .map(EventSuggestion::getMatchedEventId)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        Map<Long, String> eventTitles = events.findAllById(eventIds).stream()
                .collect(Collectors.toMap(TimelineEvent::getId, TimelineEvent::getTitle));
        return open.stream()
                .map(s -> new SuggestionDetail(
                        s.getId(),
                        s.getTitle(),
                        s.getSentence(),
                        s.getDate(),
                        s.getPrecision(),
                        s.getPrecision().format(s.getDate()),
                        s.getSource() == EventSuggestion.Source.CLAIM,
                        s.getArticleId(),
                        s.getArticleId() == null ? null : titles.get(s.getArticleId()),
                        s.getClaimId(),
                        s.getMatchedEventId() != null && eventTitles.containsKey(s.getMatchedEventId())
                                ? s.getMatchedEventId()
                                : null,
                        s.getMatchedEventId() == null ? null : eventTitles.get(s.getMatchedEventId())))
                .toList();
    }

    /** How many proposals wait for a decision (the tab's badge). */
    @Transactional(readOnly = true)
    public long openCount() {
        return suggestions.countByStatus(EventSuggestion.Status.OPEN);
    }

    /** The event form prefilled from a proposal (category: the first one; the editor picks). */
    @Transactional(readOnly = true)
    public EventForm prefill(long id) {
        EventSuggestion s = load(id);
        List<CategoryDetail> categories = this.categories.all();
        return new EventForm(
                s.getTitle(),
                s.getDate(),
                s.getPrecision(),
                null,
                "\u201c" + s.getSentence() + "\u201d",
                categories.isEmpty() ? null : categories.getFirst().id(),
                Side.US,
                2,
                Set.of(),
                List.of(),
                s.getArticleId() == null ? Set.of() : Set.of(s.getArticleId()),
                s.getClaimId() == null ? Set.of() : Set.of(s.getClaimId()));
    }

    /** Marks the proposal as turned into {@code eventId} (after the prefilled form was saved). */
    public void accepted(long id, long eventId) {
        EventSuggestion s = load(id);
        s.decide(EventSuggestion.Status.ACCEPTED, currentUser.actorName(), clock.instant(), eventId);
        audit("timeline.suggestion.accepted", s, "Accepted suggestion \u201c" + s.getTitle() + "\u201d");
    }

    /** Adds the proposal's article or claim to the existing event it matches. */
    public EventDetail addToMatchedEvent(long id) {
        EventSuggestion s = load(id);
        if (s.getMatchedEventId() == null) {
            throw new ValidationException("This suggestion matches no existing event.");
        }
        TimelineEvent event = events.findById(s.getMatchedEventId())
                .orElseThrow(() -> new ItemNotFoundException("The matching event no longer exists."));
        if (s.getArticleId() != null) {
            event.addSource(s.getArticleId());
        }
        if (s.getClaimId() != null) {
            event.addClaim(s.getClaimId());
        }
        s.decide(EventSuggestion.Status.ACCEPTED, currentUser.actorName(), clock.instant(), event.getId());
        audit("timeline.suggestion.attached", s, "Added a source to \u201c" + event.getTitle() + "\u201d");
        publisher.publishEvent(new TimelineChanged(event.getId()));
        events.flush();
        return timeline.get(event.getId());
    }

    public void dismiss(long id) {
        EventSuggestion s = load(id);
        s.decide(EventSuggestion.Status.DISMISSED, currentUser.actorName(), clock.instant(), null);
        audit("timeline.suggestion.dismissed", s, "Dismissed suggestion \u201c" + s.getTitle() + "\u201d");
    }

    private EventSuggestion load(long id) {
        EventSuggestion s = suggestions
                .findById(id)
                .orElseThrow(() -> new ItemNotFoundException("This suggestion no longer exists."));
        if (s.getStatus() != EventSuggestion.Status.OPEN) {
            throw new ValidationException("Someone already decided on this suggestion.");
        }
        return s;
    }

    private void audit(String action, EventSuggestion s, String summary) {
        publisher.publishEvent(new AuditRecord(
                currentUser.actorName(),
                action,
                "event-suggestion",
                String.valueOf(s.getId()),
                summary,
                null,
                Map.of()));
    }
}
