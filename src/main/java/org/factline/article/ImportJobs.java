package org.factline.article;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factline.article.domain.ImportJob;
import org.factline.article.domain.ImportJobItem;
import org.factline.article.domain.ImportJobItemRepository;
import org.factline.article.domain.ImportJobItemRepository.StateCount;
import org.factline.article.domain.ImportJobRepository;
import org.factline.article.extract.ArticleExtractor;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import jobs: lists of web addresses (a feed among them stands for its articles) or uploaded
 * files, imported in the background by {@link ImportJobWorker}. A job lives in the database, so
 * it outlasts the page that started it, a restart and a crash. The whole team sees every job.
 */
@Service
@Transactional
public class ImportJobs {

    public static final int MAX_FILES_PER_JOB = 50;
    static final int MAX_ITEMS_SHOWN = 1000;

    private final ImportJobRepository jobs;
    private final ImportJobItemRepository items;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ArticleExtractor extractor;
    private final FeedEntryImports feedEntries;
    private final Clock clock;

    ImportJobs(
            ImportJobRepository jobs,
            ImportJobItemRepository items,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            ArticleExtractor extractor,
            FeedEntryImports feedEntries,
            Clock clock) {
        this.jobs = jobs;
        this.items = items;
        this.currentUser = currentUser;
        this.events = events;
        this.extractor = extractor;
        this.feedEntries = feedEntries;
        this.clock = clock;
    }

    /**
     * Starts a job importing these addresses in order (blank lines and repeats dropped); a feed
     * address stands for its articles (at most {@value FeedReader#MAX_ITEMS} each). Also for other
     * code (a feed poller), under the name of whoever is signed in or the system.
     *
     * @throws ValidationException when there is no address or more than {@value ArticleImportService#MAX_URLS_PER_BATCH}
     */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public ImportJobSummary submitUrls(String label, List<String> urls) {
        var addresses = new LinkedHashSet<String>();
        urls.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(addresses::add);
        if (addresses.isEmpty()) {
            throw new ValidationException("urls", "Enter at least one web address.");
        }
        if (addresses.size() > ArticleImportService.MAX_URLS_PER_BATCH) {
            throw new ValidationException(
                    "urls",
                    "At most " + ArticleImportService.MAX_URLS_PER_BATCH + " addresses at once; split the list.");
        }
        ImportJob job = newJob(label);
        var now = clock.instant();
        var rows = new ArrayList<ImportJobItem>();
        int position = 0;
        for (String address : addresses) {
            rows.add(ImportJobItem.address(job.getId(), ++position, ImportJobQueue.clipAddress(address), true, now));
        }
        items.saveAll(rows);
        return announce(job);
    }

    /**
     * Starts a job importing these files; their bytes wait in the database until each is imported.
     *
     * @throws ValidationException when there is no file, too many, or one larger than the import limit
     */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public ImportJobSummary submitFiles(String label, List<UploadedFile> files) {
        if (files.isEmpty()) {
            throw new ValidationException("Choose at least one file.");
        }
        if (files.size() > MAX_FILES_PER_JOB) {
            throw new ValidationException("At most " + MAX_FILES_PER_JOB + " files at once.");
        }
        for (UploadedFile file : files) {
            if (file.bytes().length > extractor.maxBytes()) {
                throw new ValidationException(file.name() + " is larger than the import limit of "
                        + extractor.maxBytes() / (1024 * 1024) + " MB.");
            }
        }
        ImportJob job = newJob(label);
        var now = clock.instant();
        var rows = new ArrayList<ImportJobItem>();
        int position = 0;
        for (UploadedFile file : files) {
            rows.add(ImportJobItem.file(job.getId(), ++position, file.name(), file.bytes(), now));
        }
        items.saveAll(rows);
        return announce(job);
    }

    /** The team's jobs, newest first. */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<ImportJobSummary> jobs(int offset, int limit) {
        int size = Math.max(1, limit);
        var page = jobs.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(offset / size, size));
        return summaries(page);
    }

    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public long count() {
        return jobs.count();
    }

    /** @throws ItemNotFoundException when there is no such job */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public ImportJobSummary job(long jobId) {
        return summaries(List.of(find(jobId))).getFirst();
    }

    /** A job's items in order (the first {@value #MAX_ITEMS_SHOWN}). */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<ImportJobItemEntry> items(long jobId) {
        find(jobId);
        return items.findEntries(jobId, PageRequest.of(0, MAX_ITEMS_SHOWN));
    }

    /** Pending items are cancelled; those being fetched right now finish. */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public ImportJobSummary cancel(long jobId) {
        find(jobId);
        var now = clock.instant();
        items.cancelPending(jobId, now); // clears the persistence context: the job is read after it
        feedEntries.cancelled(jobId);
        ImportJob job = find(jobId);
        job.cancelled(currentUser.actorName(), now);
        return announce(job);
    }

    /** Failed items wait again for the worker, with a fresh set of attempts. */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public ImportJobSummary retryFailed(long jobId) {
        find(jobId);
        int again = items.retryFailed(jobId, clock.instant()); // clears the persistence context
        feedEntries.retried(jobId);
        ImportJob job = find(jobId);
        if (again > 0) {
            job.resumed();
        }
        return announce(job);
    }

    private ImportJob newJob(String label) {
        String name = label.isBlank() ? "Import" : label.strip();
        return jobs.saveAndFlush(new ImportJob(name, currentUser.actorName()));
    }

    private ImportJobSummary announce(ImportJob job) {
        jobs.flush();
        events.publishEvent(new ImportJobChanged(job.getId()));
        return summaries(List.of(job)).getFirst();
    }

    private ImportJob find(long jobId) {
        return jobs.findById(jobId).orElseThrow(() -> new ItemNotFoundException("This import job no longer exists."));
    }

    private List<ImportJobSummary> summaries(List<ImportJob> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<ImportItemState, Long>> counts =
                items.countStates(page.stream().map(ImportJob::getId).toList()).stream()
                        .collect(Collectors.groupingBy(
                                StateCount::jobId, Collectors.toMap(StateCount::state, StateCount::count)));
        return page.stream()
                .map(job -> {
                    var c = counts.getOrDefault(job.getId(), Map.of());
                    return new ImportJobSummary(
                            job.getId(),
                            job.getLabel(),
                            job.getCreatedBy(),
                            job.getCreatedAt() == null ? clock.instant() : job.getCreatedAt(),
                            n(c, ImportItemState.PENDING),
                            n(c, ImportItemState.RUNNING),
                            n(c, ImportItemState.DONE),
                            n(c, ImportItemState.FAILED),
                            n(c, ImportItemState.CANCELLED),
                            job.getCancelledBy());
                })
                .toList();
    }

    private static int n(Map<ImportItemState, Long> counts, ImportItemState state) {
        return counts.getOrDefault(state, 0L).intValue();
    }
}
