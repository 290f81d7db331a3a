package org.factline.article;

import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.article.FeedReader.FeedDocument;
import org.factline.article.domain.Feed;
import org.factline.article.domain.FeedRepository;
import org.factline.article.extract.ExtractionException;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saved feeds: fact-checkers add, change, pause, delete and poll them; everyone signed in sees
 * them. A feed is fetched once when it is saved, so an address that is no feed is refused then,
 * not at its first poll. Polling itself: {@link FeedPoller}, on a schedule by {@link FeedSchedule}.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.FACT_CHECKER)
public class FeedService {

    /** The Broadcaster topic of the Feeds page: told after every change and poll. */
    public static final String LIVE_TOPIC = "feeds";

    public static final Duration MIN_INTERVAL = Duration.ofMinutes(5);
    public static final Duration MAX_INTERVAL = Duration.ofDays(7);

    private final FeedRepository feeds;
    private final FeedPoller poller;
    private final FeedProperties properties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    FeedService(
            FeedRepository feeds,
            FeedPoller poller,
            FeedProperties properties,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.feeds = feeds;
        this.poller = poller;
        this.properties = properties;
        this.currentUser = currentUser;
        this.events = events;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Every saved feed, oldest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    public List<FeedSummary> feeds() {
        return feeds.findAllByOrderByCreatedAtAscIdAsc().stream()
                .map(FeedService::summary)
                .toList();
    }

    /** The interval a new feed starts with ({@code factline.feeds.default-interval}). */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    public Duration defaultInterval() {
        return clampInterval(properties.defaultInterval());
    }

    /**
     * Saves a feed after fetching it once: an address that doesn't answer with a feed is refused
     * (a {@link ValidationException} on {@code address}). It is polled at the next scheduler round.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FeedSummary add(FeedForm form) {
        String address = address(form.address());
        Duration interval = interval(form.interval());
        if (Boolean.TRUE.equals(
                tx.execute(status -> feeds.findByAddress(address).isPresent()))) {
            throw new ValidationException("address", "This feed is saved already.");
        }
        String title = probe(address).title();
        return tx.execute(status -> {
            if (feeds.findByAddress(address).isPresent()) {
                throw new ValidationException("address", "This feed is saved already.");
            }
            Feed feed = feeds.saveAndFlush(
                    new Feed(address, title, interval, form.active(), currentUser.actorName(), clock.instant()));
            audit("feed.added", feed, "Added feed " + feed.getAddress(), null);
            return summary(feed);
        });
    }

    /** Changes address, interval and on/off; a new address is fetched first, as when adding. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FeedSummary update(long id, long expectedVersion, FeedForm form) {
        String address = address(form.address());
        Duration interval = interval(form.interval());
        FeedSummary current = tx.execute(status -> summary(load(id, expectedVersion)));
        String title = current.address().equals(address) ? null : probe(address).title();
        return tx.execute(status -> {
            Feed feed = load(id, expectedVersion);
            feeds.findByAddress(address).filter(other -> !other.equals(feed)).ifPresent(other -> {
                throw new ValidationException("address", "This feed is saved already.");
            });
            Map<String, Object> before = snapshot(feed);
            feed.change(address, title, interval, form.active(), clock.instant());
            feeds.flush();
            audit("feed.changed", feed, "Changed feed " + feed.getAddress(), before);
            return summary(feed);
        });
    }

    /** Pauses a feed (no more polls) or starts polling it again. */
    public FeedSummary setActive(long id, long expectedVersion, boolean active) {
        Feed feed = load(id, expectedVersion);
        Map<String, Object> before = snapshot(feed);
        feed.setActive(active);
        feeds.flush();
        audit(
                active ? "feed.resumed" : "feed.paused",
                feed,
                (active ? "Resumed feed " : "Paused feed ") + feed.getAddress(),
                before);
        return summary(feed);
    }

    /** Deletes a feed and its record of entries seen; the articles it brought in stay. */
    public void delete(long id) {
        Feed feed = feeds.findById(id).orElseThrow(FeedService::gone);
        audit("feed.deleted", feed, "Deleted feed " + feed.getAddress(), snapshot(feed));
        feeds.delete(feed);
    }

    /**
     * Polls a feed now, paused or not, and imports its new entries as the caller; returns when
     * done (the Feeds page calls it off the UI thread). No transaction is open meanwhile.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FeedPollOutcome pollNow(long id) {
        if (!feeds.existsById(id)) {
            throw gone();
        }
        return poller.poll(id);
    }

    private FeedDocument probe(String address) {
        try {
            return poller.probe(address);
        } catch (ExtractionException e) {
            throw new ValidationException("address", e.getMessage());
        }
    }

    private static String address(@Nullable String raw) {
        String address = raw == null ? "" : raw.strip();
        if (address.isEmpty()) {
            throw new ValidationException("address", "Enter the feed's address.");
        }
        if (address.length() > Feed.ADDRESS_MAX_LENGTH) {
            throw new ValidationException(
                    "address", "Addresses are at most " + Feed.ADDRESS_MAX_LENGTH + " characters long.");
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ValidationException(
                        "address", "Enter an http or https address, such as https://example.org/feed.xml.");
            }
        } catch (URISyntaxException e) {
            throw new ValidationException("address", "This is not a valid web address.");
        }
        return address;
    }

    private static Duration interval(@Nullable Duration interval) {
        if (interval == null || interval.compareTo(MIN_INTERVAL) < 0) {
            throw new ValidationException(
                    "interval",
                    "Poll at most every " + MIN_INTERVAL.toMinutes() + " minutes: sites rate-limit readers.");
        }
        if (interval.compareTo(MAX_INTERVAL) > 0) {
            throw new ValidationException(
                    "interval", "Poll at least once a week (" + MAX_INTERVAL.toDays() + " days).");
        }
        return Duration.ofMinutes(interval.toMinutes());
    }

    private static Duration clampInterval(Duration interval) {
        return interval.compareTo(MIN_INTERVAL) < 0
                ? MIN_INTERVAL
                : interval.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : interval;
    }

    private Feed load(long id, long expectedVersion) {
        Feed feed = feeds.findById(id).orElseThrow(FeedService::gone);
        if (feed.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This feed");
        }
        return feed;
    }

    private static ItemNotFoundException gone() {
        return new ItemNotFoundException("This feed no longer exists.");
    }

    static FeedSummary summary(Feed f) {
        return new FeedSummary(
                f.getId(),
                f.getVersion(),
                f.getAddress(),
                f.getTitle(),
                f.getInterval(),
                f.isActive(),
                f.getLastPolledAt(),
                f.getLastSuccessAt(),
                f.getNextPollAt(),
                f.getLastResult(),
                f.getLastError(),
                f.getEntriesSeen(),
                f.getEntriesImported(),
                f.getEntriesDuplicate(),
                f.getEntriesFailed(),
                f.getAddedBy());
    }

    private static Map<String, Object> snapshot(Feed f) {
        var map = new LinkedHashMap<String, Object>();
        map.put("address", f.getAddress());
        map.put("title", f.getTitle() == null ? "" : f.getTitle());
        map.put("intervalMinutes", f.getInterval().toMinutes());
        map.put("active", f.isActive());
        return map;
    }

    private void audit(String action, Feed feed, String summary, @Nullable Map<String, Object> before) {
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                action,
                "feed",
                String.valueOf(feed.getId()),
                summary,
                before,
                action.equals("feed.deleted") ? null : snapshot(feed)));
        events.publishEvent(new FeedsChanged(feed.getId()));
    }
}
