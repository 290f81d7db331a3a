package org.factline.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.factline.article.ArticleImports.Provenance;
import org.factline.article.domain.FeedEntry;
import org.factline.article.domain.ImportJobItem;
import org.factline.article.domain.ImportJobItemRepository;
import org.factline.article.domain.ImportJobRepository;
import org.factline.article.extract.ExtractedArticle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job items as a work queue, each step a short transaction of its own so that none is open
 * while a page is fetched. Storing an article and marking its item done is one step: after a
 * crash an item is either done with its article or not started, never half of it.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class ImportJobQueue {

    private static final Logger log = LoggerFactory.getLogger(ImportJobQueue.class);

    /** What a worker holds while it works one item; {@code token} proves the claim is still its own. */
    record Claim(
            long itemId,
            long jobId,
            String token,
            @Nullable String address,
            @Nullable String fileName,
            byte @Nullable [] bytes,
            boolean expandFeed,
            int attempts,
            String user,
            @Nullable Long feedEntryId,
            @Nullable String feedName) {

        /** How the meters count it: a saved feed's entry, else a bulk import. */
        ImportMeters.Way way() {
            return feedEntryId != null ? ImportMeters.Way.FEED : ImportMeters.Way.BULK;
        }

        String item() {
            return address != null ? address : fileName == null ? "item " + itemId : fileName;
        }

        @Override
        public String toString() {
            return "Claim[item=" + itemId + ", job=" + jobId + ", attempts=" + attempts + "]";
        }
    }

    /** The claim ran out and another worker took the item: this worker's work must not be stored. */
    static final class LostClaim extends RuntimeException {
        LostClaim(Claim claim) {
            super("Import job item " + claim.itemId() + " was claimed by another worker meanwhile");
        }
    }

    private final ImportJobRepository jobs;
    private final ImportJobItemRepository items;
    private final ArticleImports imports;
    private final ApplicationEventPublisher events;
    private final ImportJobProperties properties;
    private final FeedEntryImports feedEntries;
    private final Clock clock;

    private final ImportMeters meters;

    ImportJobQueue(
            ImportJobRepository jobs,
            ImportJobItemRepository items,
            ArticleImports imports,
            ApplicationEventPublisher events,
            ImportJobProperties properties,
            FeedEntryImports feedEntries,
            Clock clock,
            ImportMeters meters) {
        this.meters = meters;
        this.jobs = jobs;
        this.items = items;
        this.imports = imports;
        this.events = events;
        this.properties = properties;
        this.feedEntries = feedEntries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ImportJobItemRepository.Due> claimable(java.time.Instant dueBy, int max) {
        return items.findClaimable(dueBy, clock.instant(), PageRequest.of(0, max));
    }

    /** Claims an item if it is still claimable; empty when another worker or node was first. */
    Optional<Claim> claim(long itemId, java.time.Instant dueBy) {
        var now = clock.instant();
        String token = UUID.randomUUID().toString();
        if (items.claim(itemId, token, now.plus(properties.lease()), dueBy, now) == 0) {
            return Optional.empty();
        }
        ImportJobItem item = items.findById(itemId).orElseThrow();
        String user = jobs.findById(item.getJobId()).orElseThrow().getCreatedBy();
        events.publishEvent(new ImportJobChanged(item.getJobId()));
        return Optional.of(new Claim(
                itemId,
                item.getJobId(),
                token,
                item.getAddress(),
                item.getFileName(),
                item.getFileBytes(),
                item.isExpandFeed(),
                item.getAttempts(),
                user,
                item.getFeedEntryId(),
                item.getSourceName()));
    }

    /**
     * The exactly-once step: the article (after the duplicate checks) and the item's DONE state
     * with the article's id commit together, or neither does. A duplicate is done too, pointing at
     * the article it duplicates.
     *
     * @throws LostClaim (rolling the article back) when the item is no longer this worker's
     */
    ImportOutcome store(Claim claim, ExtractedArticle extracted, Provenance source, byte[] original) {
        ImportOutcome outcome = imports.store(claim.item(), extracted, null, source, original);
        var now = clock.instant();
        int updated = switch (outcome.status()) {
            // a page imported before: its next version, or nothing new; done either way, with its article
            case IMPORTED, UPDATED, UNCHANGED ->
                items.done(claim.itemId(), claim.token(), clip(outcome.message()), outcome.articleId(), now);
            case DUPLICATE ->
                items.done(
                        claim.itemId(),
                        claim.token(),
                        clip("Duplicate of \u201c" + outcome.title() + "\u201d; nothing new was stored."),
                        outcome.articleId(),
                        now);
            case FAILED -> items.fail(claim.itemId(), claim.token(), clip(outcome.message()), now);
        };
        if (updated == 0) {
            throw new LostClaim(claim);
        }
        if (claim.feedEntryId() != null) {
            feedEntries.ended(
                    claim.itemId(),
                    claim.jobId(),
                    FeedPoller.entryStatus(outcome.status()),
                    outcome.articleId(),
                    outcome.message());
        }
        events.publishEvent(new ImportJobChanged(claim.jobId()));
        return outcome;
    }

    /** A feed item stands for its articles: they join the job as items of their own, in one step with it. */
    void expandFeed(Claim claim, List<String> links) {
        var now = clock.instant();
        if (items.done(
                        claim.itemId(),
                        claim.token(),
                        "A feed: its " + links.size() + (links.size() == 1 ? " article was" : " articles were")
                                + " added to this job.",
                        null,
                        now)
                == 0) {
            throw new LostClaim(claim);
        }
        int position = items.lastPosition(claim.jobId());
        var added = new ArrayList<ImportJobItem>();
        for (String link : links) {
            added.add(ImportJobItem.address(claim.jobId(), ++position, clipAddress(link), false, now));
        }
        items.saveAll(added);
        events.publishEvent(new ImportJobChanged(claim.jobId()));
    }

    /** Fails the item for good. */
    void fail(Claim claim, String reason) {
        if (items.fail(claim.itemId(), claim.token(), clip(reason), clock.instant()) == 0) {
            log.info("{} failed, but another worker has it by now", claim);
        } else {
            meters.failed(claim.way());
            if (claim.feedEntryId() != null) {
                feedEntries.ended(claim.itemId(), claim.jobId(), FeedEntry.Status.FAILED, null, reason);
            }
        }
        events.publishEvent(new ImportJobChanged(claim.jobId()));
    }

    /** A failure that may pass: the item waits (doubling each time) until its attempts are spent. */
    void retryOrFail(Claim claim, String reason) {
        if (claim.attempts() >= properties.maxAttempts()) {
            fail(claim, reason + " (gave up after " + claim.attempts() + " attempts)");
            return;
        }
        var next = clock.instant().plus(properties.delayAfter(claim.attempts()));
        String outcome = clip("Attempt " + claim.attempts() + " failed: " + reason + " Trying again.");
        if (items.retryLater(claim.itemId(), claim.token(), outcome, next) == 0) {
            log.info("{} failed, but another worker has it by now", claim);
        }
        events.publishEvent(new ImportJobChanged(claim.jobId()));
    }

    static String clip(String s) {
        return s.length() <= ImportJobItem.OUTCOME_MAX_LENGTH
                ? s
                : s.substring(0, ImportJobItem.OUTCOME_MAX_LENGTH - 1) + "…";
    }

    static String clipAddress(String s) {
        return s.length() <= ImportJobItem.ADDRESS_MAX_LENGTH ? s : s.substring(0, ImportJobItem.ADDRESS_MAX_LENGTH);
    }
}
