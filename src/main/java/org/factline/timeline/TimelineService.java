package org.factline.timeline;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.article.ArticleService;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.Labels;
import org.factline.base.SafeHtml;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimLink;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.ClaimVerdictChanged;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.timeline.domain.EventCategory;
import org.factline.timeline.domain.EventCategoryRepository;
import org.factline.timeline.domain.TimelineEvent;
import org.factline.timeline.domain.TimelineEventRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared timeline: fact-checkers draft events, editors publish them (categories are
 * {@link TimelineCategories}). Drafts are seen by their author and editors only. An event linked to a verified claim
 * carries that verdict, and is flagged for review when the verdict changes.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.FACT_CHECKER)
public class TimelineService {

    public static final int MAX_TAGS = 10;
    public static final int MAX_ACTORS = 20;

    private final TimelineEventRepository events;
    private final EventCategoryRepository categories;
    private final ClaimService claims;
    private final ArticleService articles;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TimelineService(
            TimelineEventRepository events,
            EventCategoryRepository categories,
            ClaimService claims,
            ArticleService articles,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.categories = categories;
        this.claims = claims;
        this.articles = articles;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The events the user may see that match the filter, in date order. */
    @Transactional(readOnly = true)
    public List<EventView> find(EventFilter filter) {
        List<TimelineEvent> visible = events.findAllInOrder().stream()
                .filter(this::visible)
                .filter(e -> matchesDirectly(e, filter))
                .toList();
        List<EventView> views = views(visible);
        return views.stream()
                .filter(v -> !filter.verifiedOnly() || v.verified())
                .filter(v -> filter.actor() == null
                        || filter.actor().isBlank()
                        || v.actors().stream()
                                .anyMatch(a -> a.equalsIgnoreCase(filter.actor().strip())))
                .toList();
    }

    @Transactional(readOnly = true)
    public EventView get(long id) {
        return views(List.of(load(id))).getFirst();
    }

    /** A new event; it starts as a draft that only its author and editors see. */
    public EventView create(EventForm form) {
        var event = new TimelineEvent(currentUser.actorName());
        apply(event, form);
        events.saveAndFlush(event);
        audit("timeline.created", event, "Drafted event \u201c" + event.getTitle() + "\u201d");
        return get(event.getId());
    }

    /** Changes an event; published events are the editors' to change. */
    public EventView update(long id, long expectedVersion, EventForm form) {
        TimelineEvent event = loadForChange(id, expectedVersion);
        apply(event, form);
        return save(event, "timeline.updated", "Edited event \u201c" + event.getTitle() + "\u201d");
    }

    @RolesAllowed(AppRoles.EDITOR)
    public EventView publish(long id, long expectedVersion) {
        TimelineEvent event = loadForChange(id, expectedVersion);
        event.publish(currentUser.actorName(), clock.instant());
        return save(event, "timeline.published", "Published event \u201c" + event.getTitle() + "\u201d");
    }

    @RolesAllowed(AppRoles.EDITOR)
    public EventView unpublish(long id, long expectedVersion) {
        TimelineEvent event = loadForChange(id, expectedVersion);
        event.unpublish();
        return save(event, "timeline.unpublished", "Back to draft: \u201c" + event.getTitle() + "\u201d");
    }

    /** An editor confirms a flagged event still stands (or after correcting it). */
    @RolesAllowed(AppRoles.EDITOR)
    public EventView clearReviewFlag(long id, long expectedVersion) {
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

    /** Published events linked to a claim whose verdict changed are flagged for an editor. */
    @EventListener
    void on(ClaimVerdictChanged change) {
        if (change.before() == null) {
            return;
        }
        String note = change.after() == null
                ? "Linked claim #" + change.claimId() + " was reopened; its verdict ("
                        + Labels.humanize(change.before()) + ") is withdrawn."
                : "The verdict of linked claim #" + change.claimId() + " changed from "
                        + Labels.humanize(change.before()) + " to " + Labels.humanize(change.after()) + ".";
        for (TimelineEvent event : events.findByClaim(change.claimId())) {
            event.flagForReview(note);
            publisher.publishEvent(new TimelineChanged(event.getId()));
        }
    }

    private EventView save(TimelineEvent event, String action, String summary) {
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

    private static boolean matchesDirectly(TimelineEvent e, EventFilter f) {
        LocalDate last =
                e.getEndDate() != null ? e.getEndDate() : e.getPrecision().end(e.getStartDate());
        if (f.from() != null && last.isBefore(f.from())) {
            return false;
        }
        if (f.to() != null && e.getStartDate().isAfter(f.to())) {
            return false;
        }
        if (!f.categoryIds().isEmpty()
                && !f.categoryIds().contains(e.getCategory().getId())) {
            return false;
        }
        if (f.side() != null && e.getSide() != f.side()) {
            return false;
        }
        if (f.text() != null && !f.text().isBlank()) {
            String needle = f.text().strip().toLowerCase(Locale.ROOT);
            String hay = (e.getTitle() + " " + Objects.requireNonNullElse(e.getDescription(), "") + " "
                            + String.join(" ", e.getTags()))
                    .toLowerCase(Locale.ROOT);
            return hay.contains(needle);
        }
        return true;
    }

    private List<EventView> views(List<TimelineEvent> list) {
        Map<Long, String> actorNames = claims.claimantNamesById(ids(list, TimelineEvent::getActorIds));
        Map<Long, ClaimLink> claimLinks = claims.links(ids(list, TimelineEvent::getClaimIds)).stream()
                .collect(Collectors.toMap(ClaimLink::id, c -> c));
        Map<Long, String> articleTitles = articles.titles(ids(list, TimelineEvent::getArticleIds));
        List<EventView> result = new ArrayList<>(list.size());
        for (TimelineEvent e : list) {
            List<ClaimLink> linked = e.getClaimIds().stream()
                    .sorted()
                    .map(claimLinks::get)
                    .filter(Objects::nonNull)
                    .toList();
            String verdict = linked.stream()
                    .filter(c -> c.status() == ClaimStatus.VERIFIED && c.verdict() != null)
                    .map(ClaimLink::verdict)
                    .findFirst()
                    .orElse(null);
            result.add(new EventView(
                    e.getId(),
                    e.getVersion(),
                    e.getTitle(),
                    e.getStartDate(),
                    e.getPrecision(),
                    e.getEndDate(),
                    dateLabel(e),
                    e.getDescription(),
                    SafeHtml.fromMarkdown(e.getDescription()),
                    CategoryView.of(e.getCategory()),
                    e.getSide(),
                    e.getImportance(),
                    e.getStatus(),
                    e.getCreatedBy(),
                    e.getPublishedBy(),
                    e.getPublishedAt(),
                    e.isNeedsReview(),
                    e.getReviewNote(),
                    e.getTags(),
                    e.getActorIds().stream()
                            .map(actorNames::get)
                            .filter(Objects::nonNull)
                            .sorted(String.CASE_INSENSITIVE_ORDER)
                            .toList(),
                    e.getArticleIds().stream()
                            .sorted()
                            .filter(articleTitles::containsKey)
                            .map(id -> new EventView.ArticleLink(id, articleTitles.get(id)))
                            .toList(),
                    linked,
                    verdict));
        }
        return result;
    }

    private static Set<Long> ids(List<TimelineEvent> list, Function<TimelineEvent, Collection<Long>> getter) {
        return list.stream().flatMap(e -> getter.apply(e).stream()).collect(Collectors.toSet());
    }

    static String dateLabel(TimelineEvent e) {
        String start = e.getPrecision().format(e.getStartDate());
        if (e.getEndDate() == null) {
            return start;
        }
        return start + " \u2013 " + DatePrecision.DAY.format(e.getEndDate());
    }

    private TimelineEvent load(long id) {
        TimelineEvent event =
                events.findById(id).orElseThrow(() -> new ValidationException("This event no longer exists."));
        if (!visible(event)) {
            throw new ValidationException("This event no longer exists.");
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
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only editors change published events.");
        }
        if (!editor && !event.getCreatedBy().equals(currentUser.actorName())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only its author and editors change a draft.");
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
