package org.factline.article;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.factline.article.ArticleImports.Provenance;
import org.factline.article.ImportJobQueue.Claim;
import org.factline.article.domain.ImportJobItemRepository.Due;
import org.factline.article.domain.SourceKind;
import org.factline.article.extract.ArticleExtractor;
import org.factline.article.extract.ExtractedArticle;
import org.factline.article.extract.ExtractionException;
import org.factline.base.Correlation;
import org.factline.search.SearchIndexService;
import org.factline.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works import job items in the background: every {@code factline.import.jobs.poll-every} it
 * claims due items ({@link ImportJobQueue#claim}, conditional, so several nodes can share the
 * work) and works them {@link ArticleImportService#FETCHES_PER_NODE} at a time, pacing requests
 * per host. Fetch failures that may pass are retried with backoff; anything else fails the item
 * at once. Items a stopped or crashed node left claimed are worked again once their lease ends.
 */
@Component
class ImportJobWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportJobWorker.class);
    private static final int CANDIDATES = 50;

    private final ImportJobQueue queue;
    private final ArticleExtractor extractor;
    private final UrlFetcher fetcher;
    private final HostPacing pacing;
    private final SearchIndexService searchIndex;
    private final Clock clock;
    private final ImportMeters meters;
    private volatile boolean started;
    /**
     * Stores one article at a time on this node: two copies of one text fetched at once would
     * otherwise race on the content hash's unique index, and the loser's whole step roll back.
     * (Across nodes that race costs the loser an attempt; it is then a duplicate.) Fetching and
     * extracting, the slow parts, stay parallel.
     */
    private final ReentrantLock storing = new ReentrantLock();

    ImportJobWorker(
            ImportJobQueue queue,
            ArticleExtractor extractor,
            ImportProperties importProperties,
            ImportJobProperties properties,
            SearchIndexService searchIndex,
            Clock clock,
            ImportMeters meters) {
        this.meters = meters;
        this.queue = queue;
        this.extractor = extractor;
        this.fetcher = new UrlFetcher(importProperties);
        this.pacing = new HostPacing(properties.hostDelay(), clock);
        this.searchIndex = searchIndex;
        this.clock = clock;
    }

    /**
     * Not before the start-up checks have run: ordered after the search index's repair, which marks
     * a rebuild as running before it returns, so the first poll already sees it and waits (a new
     * article indexed while the mass indexer adds the same rows would be in the index twice).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void ready() {
        started = true;
    }

    @Scheduled(
            fixedDelayString = "${factline.import.jobs.poll-every:1s}",
            initialDelayString = "${factline.import.jobs.poll-every:1s}")
    void poll() {
        // While the index is rebuilt, new articles would be written alongside the mass indexer's.
        if (started && !rebuilding()) {
            workDue(clock.instant());
        }
    }

    /** A rebuild started meanwhile (by an admin) stops the run after the items in hand. */
    private boolean rebuilding() {
        return SystemAuthentication.runAsSystem(() -> searchIndex.progress().running());
    }

    /**
     * Works every item due by {@code dueBy} (tests pass a later time instead of waiting for the
     * backoff) until none is left.
     *
     * @return how many items were worked
     */
    int workDue(Instant dueBy) {
        var worked = new AtomicInteger();
        try (ExecutorService threads = Executors.newFixedThreadPool(
                ArticleImportService.FETCHES_PER_NODE,
                Thread.ofVirtual().name("import-job-", 0).factory())) {
            for (int i = 0; i < ArticleImportService.FETCHES_PER_NODE; i++) {
                threads.execute(() -> {
                    for (Optional<Claim> claim = claimNext(dueBy);
                            claim.isPresent();
                            claim = rebuilding() ? Optional.empty() : claimNext(dueBy)) {
                        Claim item = claim.get();
                        Correlation.run("import", () -> work(item));
                        worked.incrementAndGet();
                    }
                });
            }
        }
        return worked.get();
    }

    /** The next item this worker gets to claim, one whose host may be fetched from now first. */
    Optional<Claim> claimNext(Instant dueBy) {
        // items added meanwhile (a feed's articles) are due now, and worked in the same run
        Instant now = clock.instant();
        Instant by = dueBy.isAfter(now) ? dueBy : now;
        List<Due> due = queue.claimable(by, CANDIDATES);
        var byWait = due.stream()
                .sorted(Comparator.comparing(
                        (Due d) -> d.address() == null ? Duration.ZERO : pacing.waitFor(host(d.address()))))
                .toList();
        for (Due candidate : byWait) {
            var claim = queue.claim(candidate.id(), by);
            if (claim.isPresent()) {
                return claim;
            }
        }
        return Optional.empty();
    }

    /** One attempt at one claimed item; whatever happens, the item ends up done, failed or waiting again. */
    void work(Claim claim) {
        try {
            if (claim.address() == null) {
                importFile(claim);
            } else {
                importAddress(claim, claim.address());
            }
        } catch (FetchFailure e) {
            queue.retryOrFail(claim, String.valueOf(e.getMessage()));
        } catch (ExtractionException e) {
            queue.fail(claim, String.valueOf(e.getMessage()));
        } catch (ImportJobQueue.LostClaim e) {
            log.info("{}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queue.retryOrFail(claim, "The server was stopping.");
        } catch (RuntimeException e) {
            // A bug, a lost race on the duplicate check or a database hiccup: costs an attempt, not the job.
            log.warn("Import job item {} ({}) failed unexpectedly", claim.itemId(), claim.item(), e);
            queue.retryOrFail(claim, "This item could not be processed; the server log says why.");
        }
    }

    private void importFile(Claim claim) throws ExtractionException {
        String name = claim.fileName() == null ? "upload" : claim.fileName();
        byte[] bytes = claim.bytes() == null ? new byte[0] : claim.bytes();
        ExtractedArticle extracted = extractor.extract(name, bytes, null);
        store(claim, extracted, new Provenance(SourceKind.UPLOAD, name, null, null, claim.user()), bytes);
    }

    private void importAddress(Claim claim, String address) throws ExtractionException, InterruptedException {
        Duration wait = pacing.reserve(host(address));
        if (wait.isPositive()) {
            Thread.sleep(wait);
        }
        var fetched = fetcher.fetch(address);
        if (claim.expandFeed() && FeedReader.looksLikeFeed(fetched.body(), fetched.contentType())) {
            queue.expandFeed(claim, FeedReader.links(fetched.body()));
            return;
        }
        String name = ArticleImportService.fetchedFileName(fetched.finalUri(), fetched.contentType());
        String finalAddress = fetched.finalUri().toString();
        ExtractedArticle extracted = extractor.extract(name, fetched.body(), finalAddress, fetched.charset());
        Provenance source = claim.feedName() == null
                ? new Provenance(SourceKind.URL, finalAddress, finalAddress, fetched.contentType(), claim.user())
                : new Provenance(SourceKind.FEED, claim.feedName(), finalAddress, fetched.contentType(), claim.user());
        store(claim, extracted, source, fetched.body());
    }

    private void store(Claim claim, ExtractedArticle extracted, Provenance source, byte[] original) {
        storing.lock();
        try {
            meters.count(claim.way(), queue.store(claim, extracted, source, original));
        } finally {
            storing.unlock();
        }
    }

    private static String host(@Nullable String address) {
        try {
            String host = address == null ? null : URI.create(address.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return ""; // the fetch reports it
        }
    }
}
