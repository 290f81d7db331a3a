package org.factline.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.article.FeedPollOutcome.Status;
import org.factline.article.FeedReader.FeedDocument;
import org.factline.article.FeedReader.FeedItem;
import org.factline.article.UrlFetcher.Validators;
import org.factline.article.domain.Feed;
import org.factline.article.domain.FeedEntry;
import org.factline.article.domain.FeedEntryRepository;
import org.factline.article.domain.FeedRepository;
import org.factline.article.extract.ExtractionException;
import org.factline.base.ClusterLock;
import org.factline.base.ItemNotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls one saved feed: a conditional GET with the validators of the last answer (a 304 is "no
 * change" and nothing more), then the entries new to this feed, or whose updated time changed, or
 * whose import failed fewer than {@link #MAX_ATTEMPTS} times, become one import job
 * ({@link FeedEntryImports}), in the same transaction that records the poll on the feed and its
 * entries: a crash after it loses no entry, the job resumes. The job's items record how each
 * entry ended. One poll of a feed at a time, on any node ({@link ClusterLock}); no transaction is
 * open while fetching.
 */
@Component
class FeedPoller {

    /** A failing entry is tried on this many polls, then left (it shows in the failed count). */
    static final int MAX_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedRepository feeds;
    private final FeedEntryRepository entries;
    private final FeedEntryImports importer;
    private final UrlFetcher fetcher;
    private final ClusterLock lock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    FeedPoller(
            FeedRepository feeds,
            FeedEntryRepository entries,
            FeedEntryImports importer,
            ImportProperties properties,
            ClusterLock lock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.feeds = feeds;
        this.entries = entries;
        this.importer = importer;
        this.fetcher = new UrlFetcher(properties);
        this.lock = lock;
        this.events = events;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A feed's address as this node fetches it, for the check when a feed is saved. */
    FeedDocument probe(String address) throws ExtractionException {
        var answer = fetcher.fetchIfChanged(address, Validators.NONE);
        return document(Objects.requireNonNull(answer.fetched()));
    }

    /** Polls the feed now unless a poll of it is running already (then {@link Status#BUSY}). */
    FeedPollOutcome poll(long feedId) {
        var result = new FeedPollOutcome[1];
        boolean ran = lock.runExclusively(
                "feed-poll:" + feedId, ClusterLock.DEFAULT_LEASE, lease -> result[0] = pollHeld(feedId));
        return ran
                ? result[0]
                : new FeedPollOutcome(feedId, Status.BUSY, 0, null, "This feed is being polled right now.");
    }

    private FeedPollOutcome pollHeld(long feedId) {
        Feed feed = tx.execute(status -> feeds.findById(feedId).orElse(null));
        if (feed == null) {
            throw new ItemNotFoundException("This feed no longer exists.");
        }
        UrlFetcher.Conditional answer;
        FeedDocument document;
        try {
            answer = fetcher.fetchIfChanged(feed.getAddress(), new Validators(feed.getEtag(), feed.getLastModified()));
            if (answer.notModified()) {
                return recordUnchanged(feedId, answer.validators());
            }
            document = document(Objects.requireNonNull(answer.fetched()));
        } catch (ExtractionException e) {
            return recordFailure(feedId, e.getMessage());
        }
        Map<String, FeedEntry> known = known(feedId, document.items());
        List<FeedItem> wanted = document.items().stream()
                .filter(item -> wanted(item, known.get(hash(item.id()))))
                .toList();
        String name = document.title() != null ? document.title() : feed.getAddress();
        return recordRead(feedId, name, document, answer.validators(), wanted);
    }

    /** New, updated since its import, or failed and not given up on. */
    static boolean wanted(FeedItem item, @Nullable FeedEntry known) {
        if (known == null) {
            return true;
        }
        if (known.getStatus() == FeedEntry.Status.QUEUED) {
            return false; // its job imports it (as the feed showed it then)
        }
        if (item.updated() != null && !item.updated().equals(known.getEntryUpdatedAt())) {
            return true;
        }
        return known.getStatus() == FeedEntry.Status.FAILED && known.getAttempts() < MAX_ATTEMPTS;
    }

    private static FeedDocument document(UrlFetcher.Fetched fetched) throws ExtractionException {
        if (!FeedReader.looksLikeFeed(fetched.body(), fetched.contentType())) {
            String type = fetched.contentType().isBlank()
                    ? ""
                    : " (it answered with "
                            + fetched.contentType().split(";")[0].strip() + ")";
            throw new ExtractionException("This address is not an RSS, Atom or JSON feed" + type
                    + ". Use the address of the site's feed, often linked as \u201cRSS\u201d.");
        }
        return FeedReader.read(fetched.body(), fetched.contentType());
    }

    private Map<String, FeedEntry> known(long feedId, List<FeedItem> items) {
        var hashes = items.stream().map(item -> hash(item.id())).toList();
        return Objects.requireNonNull(tx.execute(status -> entries.findByFeedIdAndEntryHashIn(feedId, hashes).stream()
                .collect(Collectors.toMap(FeedEntry::getEntryHash, Function.identity()))));
    }

    private FeedPollOutcome recordUnchanged(long feedId, Validators validators) {
        var result = new FeedPollOutcome(feedId, Status.NOT_MODIFIED, 0, null, "No change");
        return record(feedId, result, feed -> {
            feed.read(null, validators.etag(), validators.lastModified(), 0, 0, 0, 0);
            feed.polled(clock.instant(), null, result.message());
        });
    }

    private FeedPollOutcome recordFailure(long feedId, String error) {
        var result = new FeedPollOutcome(feedId, Status.FAILED, 0, null, error);
        return record(feedId, result, feed -> feed.polled(clock.instant(), error, "Failed"));
    }

    /** The poll's record and the job importing its new entries, in one transaction. */
    private FeedPollOutcome recordRead(
            long feedId, String name, FeedDocument document, Validators validators, List<FeedItem> wanted) {
        return Objects.requireNonNull(tx.execute(status -> {
            Feed feed = feeds.findById(feedId).orElse(null);
            if (feed == null) { // deleted while it was polled: nothing to record
                return new FeedPollOutcome(feedId, Status.READ, wanted.size(), null, "The feed was deleted.");
            }
            Map<String, FeedEntry> known = known(feedId, wanted);
            var queued = new ArrayList<FeedEntryImports.Queued>();
            int newlySeen = 0;
            for (FeedItem item : wanted) {
                FeedEntry entry = known.get(hash(item.id()));
                if (entry == null) {
                    entry = new FeedEntry(feedId, hash(item.id()), item.link());
                    newlySeen++;
                }
                entry.queued(item.link(), item.updated());
                queued.add(new FeedEntryImports.Queued(entries.save(entry), item.link()));
            }
            entries.flush();
            Long jobId = queued.isEmpty() ? null : importer.submit(name, queued, clock.instant());
            String message =
                    wanted.isEmpty() ? "No new entries" : wanted.size() + " new: importing (import job " + jobId + ")";
            feed.read(document.title(), validators.etag(), validators.lastModified(), newlySeen, 0, 0, 0);
            feed.polled(clock.instant(), null, message);
            events.publishEvent(new FeedsChanged(feedId));
            return new FeedPollOutcome(feedId, Status.READ, wanted.size(), jobId, message);
        }));
    }

    private FeedPollOutcome record(long feedId, FeedPollOutcome result, java.util.function.Consumer<Feed> change) {
        tx.executeWithoutResult(status -> feeds.findById(feedId).ifPresent(feed -> {
            change.accept(feed);
            events.publishEvent(new FeedsChanged(feedId));
        }));
        return result;
    }

    /** A changed page stored as its article's next version counts as imported; the same text again as a duplicate. */
    static FeedEntry.Status entryStatus(ImportOutcome.Status status) {
        return switch (status) {
            case IMPORTED, UPDATED -> FeedEntry.Status.IMPORTED;
            case DUPLICATE, UNCHANGED -> FeedEntry.Status.DUPLICATE;
            case FAILED -> FeedEntry.Status.FAILED;
        };
    }

    static String message(int wanted, int imported, int duplicates, int failed) {
        if (wanted == 0) {
            return "No new entries";
        }
        var parts = new ArrayList<String>();
        if (imported > 0) {
            parts.add(imported + " imported");
        }
        if (duplicates > 0) {
            parts.add(duplicates + (duplicates == 1 ? " duplicate" : " duplicates"));
        }
        if (failed > 0) {
            parts.add(failed + " failed");
        }
        return wanted + " new: " + String.join(", ", parts);
    }

    /** Entry ids can be long addresses; their hash keys the entry table. */
    static String hash(String entryId) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(entryId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
