package org.factline.article;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factline.article.domain.FeedEntry;
import org.factline.article.domain.FeedEntryRepository;
import org.factline.article.domain.FeedRepository;
import org.factline.article.domain.ImportJob;
import org.factline.article.domain.ImportJobItem;
import org.factline.article.domain.ImportJobItemRepository;
import org.factline.article.domain.ImportJobRepository;
import org.factline.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A feed poll's new entries as an import job, and the job's items' ends recorded on the entries and
 * the feed. Every method joins the caller's transaction: queueing commits with the poll's record,
 * an entry's end with its item's (and its article's), so a crash leaves neither half done.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class FeedEntryImports {

    /** One entry to import: its row (new or known, saved by now) and the page to fetch. */
    record Queued(FeedEntry entry, String link) {}

    private final ImportJobRepository jobs;
    private final ImportJobItemRepository items;
    private final FeedEntryRepository entries;
    private final FeedRepository feeds;
    private final ApplicationEventPublisher events;

    FeedEntryImports(
            ImportJobRepository jobs,
            ImportJobItemRepository items,
            FeedEntryRepository entries,
            FeedRepository feeds,
            ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.items = items;
        this.entries = entries;
        this.feeds = feeds;
        this.events = events;
    }

    /**
     * Starts one job importing these entries in order, as the system, each as from {@code feedName}.
     *
     * @return the job's id
     */
    long submit(String feedName, List<Queued> queued, java.time.Instant now) {
        ImportJob job = jobs.saveAndFlush(new ImportJob("Feed: " + feedName, SystemAuthentication.SYSTEM));
        int position = 0;
        for (Queued q : queued) {
            ImportJobItem item = items.save(ImportJobItem.feedEntry(
                    job.getId(),
                    ++position,
                    ImportJobQueue.clipAddress(q.link()),
                    q.entry().getId(),
                    feedName,
                    now));
            q.entry().importedBy(item.getId());
        }
        entries.saveAll(queued.stream().map(Queued::entry).toList());
        events.publishEvent(new ImportJobChanged(job.getId()));
        return job.getId();
    }

    /** The item importing a feed entry ended; {@code status} is how (never QUEUED). */
    void ended(long jobItemId, long jobId, FeedEntry.Status status, @Nullable Long articleId, @Nullable String error) {
        entries.findByJobItemId(jobItemId).ifPresent(entry -> {
            entry.attempted(status, articleId, status == FeedEntry.Status.FAILED ? error : null);
            entries.saveAndFlush(entry);
            feeds.countEnded(
                    entry.getFeedId(),
                    status == FeedEntry.Status.IMPORTED ? 1 : 0,
                    status == FeedEntry.Status.DUPLICATE ? 1 : 0,
                    status == FeedEntry.Status.FAILED ? 1 : 0);
            summarise(entry.getFeedId(), jobId);
            events.publishEvent(new FeedsChanged(entry.getFeedId()));
        });
    }

    /** The job was cancelled: its entries still queued failed, and later polls leave them. */
    void cancelled(long jobId) {
        for (FeedEntry entry : entries.findByJob(jobId, ImportItemState.CANCELLED, FeedEntry.Status.QUEUED)) {
            entry.cancelled(FeedPoller.MAX_ATTEMPTS);
            entries.saveAndFlush(entry);
            feeds.countEnded(entry.getFeedId(), 0, 0, 1);
            summarise(entry.getFeedId(), jobId);
            events.publishEvent(new FeedsChanged(entry.getFeedId()));
        }
    }

    /** The job's failed items wait again: so do their entries. */
    void retried(long jobId) {
        for (FeedEntry entry : entries.findByJob(jobId, ImportItemState.PENDING, FeedEntry.Status.FAILED)) {
            entry.queued(entry.getLink(), entry.getEntryUpdatedAt());
            entries.save(entry);
            events.publishEvent(new FeedsChanged(entry.getFeedId()));
        }
    }

    /** Once none of the job's entries waits, the feed's last result says what the poll brought. */
    private void summarise(long feedId, long jobId) {
        Map<FeedEntry.Status, Long> counts = new EnumMap<>(FeedEntry.Status.class);
        entries.countByJob(jobId).forEach(c -> counts.put(c.getStatus(), c.getCount()));
        if (counts.getOrDefault(FeedEntry.Status.QUEUED, 0L) > 0) {
            return;
        }
        int imported = counts.getOrDefault(FeedEntry.Status.IMPORTED, 0L).intValue();
        int duplicates = counts.getOrDefault(FeedEntry.Status.DUPLICATE, 0L).intValue();
        int failed = counts.getOrDefault(FeedEntry.Status.FAILED, 0L).intValue();
        feeds.lastResult(feedId, FeedPoller.message(imported + duplicates + failed, imported, duplicates, failed));
    }
}
