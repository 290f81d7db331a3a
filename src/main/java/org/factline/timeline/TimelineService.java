package org.factline.timeline;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factline.article.ArticleService;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.timeline.domain.EventCategory;
import org.factline.timeline.domain.EventCategoryRepository;
import org.factline.timeline.domain.TimelineEvent;
import org.factline.timeline.domain.TimelineEventRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared timeline: fact-checkers draft events, editors publish them. Drafts are seen by their
 * author and editors only. An event linked to a verified claim carries that verdict, and is
 * flagged for review when the verdict changes ({@link ReviewFlags}). Categories are
 * {@link TimelineCategories}'.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.FACT_CHECKER)
public class TimelineService {

    public static final int MAX_TAGS = 10;
    public static final int MAX_ACTORS = 20;

    private final TimelineEventRepository events;
    private final EventViews views;
    private final EventCategoryRepository categories;
    private final ClaimService claims;
    private final ArticleService articles;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TimelineService(
            TimelineEventRepository events,
            EventViews views,
            EventCategoryRepository categories,
            ClaimService claims,
            ArticleService articles,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.views = views;
        this.categories = categories;
        this.claims = claims;
        this.articles = articles;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The events the user may see that match the filter, in date order. */
    @Transactional(readOnly = true)
    public List<EventDetail> find(EventFilter filter) {
        List<TimelineEvent> visible = events.findAllInOrder().stream()
                .filter(this::visible)
                .filter(filter::matches)
                .toList();
        return views.of(visible).stream().filter(filter::matches).toList();
    }

    @Transactional(readOnly = true)
    public EventDetail get(long id) {
        return views.of(load(id));
    }

    /** A new event; it starts as a draft that only its author and editors see. */
    public EventDetail create(EventForm form) {
        var event = new TimelineEvent(currentUser.actorName());
        apply(event, form);
        events.saveAndFlush(event);
        audit("timeline.created", event, "Drafted event \u201c" + event.getTitle() + "\u201d");
        return get(event.getId());
    }

    /** Changes an event; published events are the editors' to change. */
    public EventDetail update(long id, long expectedVersion, EventForm form) {
        TimelineEvent event = loadForChange(id, expectedVersion);
        apply(event, form);
        return save(event, "timeline.updated", "Edited event \u201c" + event.getTitle() + "\u201d");
    }

    @RolesAllowed(AppRoles.EDITOR)
    public EventDetail publish(long id, long expectedVersion) {
        TimelineEvent event = loadForChange(id, expectedVersion);
        event.publish(currentUser.actorName(), clock.instant());
        return save(event, "timeline.published", "Published event \u201c" + event.getTitle() + "\u201d");
    }

    @RolesAllowed(AppRoles.EDITOR)
    public EventDetail unpublish(long id, long expectedVersion) {
        TimelineEvent event = loadForChange(id, expectedVersion);
        event.unpublish();
        return save(event, "timeline.unpublished", "Back to draft: \u201c" + event.getTitle() + "\u201d");
    }

    /** An editor confirms a flagged event still stands (or after correcting it). */
    @RolesAllowed(AppRoles.EDITOR)
    public EventDetail clearReviewFlag(long id, long expectedVersion) {
        TimelineEvent event = loadForChange(id, expectedVersion);
        event.clearReviewFlag();
        return save(event, "timeline.reviewed", "Reviewed event \u201c" + event.getTitle() + "\u201d");
    }

    public void delete(long id, long expectedVersion) {
        TimelineEvent event = loadForChange(id, expectedVersion);
        audit("timeline.deleted", event, "Deleted event \u201c" + event.getTitle() + "\u201d");
        events.delete(event);
        events.flush();
        publisher.publishEvent(new TimelineChanged(id));
    }

    private EventDetail save(TimelineEvent event, String action, String summary) {
        try {
            events.saveAndFlush(event);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This event");
        }
        audit(action, event, summary);
        return get(event.getId());
    }

    private void apply(TimelineEvent event, EventForm form) {
        String title = form.title() == null ? "" : form.title().strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            throw new ValidationException("title", "Give the event a title.");
        }
        if (title.length() > TimelineEvent.TITLE_MAX_LENGTH) {
            throw new ValidationException("title", "At most " + TimelineEvent.TITLE_MAX_LENGTH + " characters.");
        }
        if (form.startDate() == null) {
            throw new ValidationException(
                    "startDate",
                    "When did it happen? Pick a date (any day of the month,"
                            + " quarter or year for less precise dates).");
        }
        if (form.startDate().getYear() < 1900 || form.startDate().getYear() > 2100) {
            throw new ValidationException("startDate", "Pick a date between 1900 and 2100.");
        }
        DatePrecision precision = form.precision() == null ? DatePrecision.DAY : form.precision();
        LocalDate start = precision.start(form.startDate());
        LocalDate end = form.endDate();
        if (end != null && end.isBefore(start)) {
            throw new ValidationException("endDate", "The end date is before the start.");
        }
        if (end != null && end.getYear() > 2100) {
            throw new ValidationException("endDate", "Pick a date before 2100.");
        }
        String description = form.description() == null || form.description().isBlank()
                ? null
                : form.description().strip();
        if (description != null && description.length() > TimelineEvent.DESCRIPTION_MAX_LENGTH) {
            throw new ValidationException(
                    "description", "At most " + TimelineEvent.DESCRIPTION_MAX_LENGTH + " characters.");
        }
        if (form.categoryId() == null) {
            throw new ValidationException("category", "Choose a category.");
        }
        EventCategory category = categories
                .findById(form.categoryId())
                .orElseThrow(() -> new ValidationException("category", "This category no longer exists."));
        if (form.importance() < 1 || form.importance() > 3) {
            throw new ValidationException("importance", "Importance is 1 (minor) to 3 (major).");
        }
        Set<String> tags = form.tags().stream()
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t.length() > TimelineEvent.TAG_MAX_LENGTH)) {
            throw new ValidationException(
                    "tags", "Up to " + MAX_TAGS + " tags of at most " + TimelineEvent.TAG_MAX_LENGTH + " characters.");
        }
        List<String> actorNames = form.actors().stream()
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .distinct()
                .toList();
        if (actorNames.size() > MAX_ACTORS) {
            throw new ValidationException("actors", "Up to " + MAX_ACTORS + " actors.");
        }
        Set<Long> actorIds =
                actorNames.stream().map(claims::claimantId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, String> articleTitles = articles.titles(form.articleIds());
        if (!articleTitles.keySet().containsAll(form.articleIds())) {
            throw new ValidationException("articles", "A linked article no longer exists or is archived.");
        }
        if (claims.links(form.claimIds()).size() != form.claimIds().size()) {
            throw new ValidationException("claims", "A linked claim no longer exists.");
        }
        event.edit(
                title,
                start,
                precision,
                end,
                description,
                category,
                form.side() == null ? Side.OTHER : form.side(),
                form.importance(),
                tags,
                actorIds,
                form.articleIds(),
                form.claimIds());
    }

    private boolean visible(TimelineEvent e) {
        return e.getStatus() == EventStatus.PUBLISHED
                || currentUser.hasRole(AppRoles.Role.EDITOR)
                || e.getCreatedBy().equals(currentUser.actorName());
    }

    private TimelineEvent load(long id) {
        TimelineEvent event =
                events.findById(id).orElseThrow(() -> new ItemNotFoundException("This event no longer exists."));
        if (!visible(event)) {
            throw new ItemNotFoundException("This event no longer exists.");
        }
        return event;
    }

    private TimelineEvent loadForChange(long id, long expectedVersion) {
        TimelineEvent event = load(id);
        if (event.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This event");
        }
        boolean editor = currentUser.hasRole(AppRoles.Role.EDITOR);
        if (!editor && event.getStatus() == EventStatus.PUBLISHED) {
            throw new AccessDeniedException("Only editors change published events.");
        }
        if (!editor && !event.getCreatedBy().equals(currentUser.actorName())) {
            throw new AccessDeniedException("Only its author and editors change a draft.");
        }
        return event;
    }

    private void audit(String action, TimelineEvent event, String summary) {
        publisher.publishEvent(new AuditRecord(
                currentUser.actorName(),
                action,
                "timeline-event",
                String.valueOf(event.getId()),
                summary,
                null,
                Map.of("status", event.getStatus().name())));
        publisher.publishEvent(new TimelineChanged(event.getId()));
    }
}
