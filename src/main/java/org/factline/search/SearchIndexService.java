package org.factline.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.factline.audit.AuditRecord;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index whole: compares it with the database at startup and rebuilds what is
 * missing (a new or deleted index directory), and lets admins rebuild it with visible progress.
 * Changes made through the application are indexed automatically when their transaction commits.
 * On a remote engine (cluster profile) the engine keeps the files and {@link RemoteIndexSchema}
 * creates missing indexes and validates existing ones at startup, or later once the engine answers;
 * the comparison of counts then still rebuilds what the database has and the index lacks. An index that several nodes
 * share is repaired and rebuilt by one node at a time ({@link IndexMaintenanceLock}).
 */
@Service
public class SearchIndexService {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexService.class);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.never());
    private final IndexSchemaMarks schemaMarks;
    private final IndexMaintenanceLock maintenance;
    private final RemoteIndexSchema schema;
    private final @Nullable Path root;
    private final boolean remote;

    SearchIndexService(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            TransactionTemplate transactions,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            Environment environment,
            SearchEngine engine,
            IndexMaintenanceLock maintenance,
            RemoteIndexSchema schema) {
        this.maintenance = maintenance;
        this.schema = schema;
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.writing = transactions;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.root = SearchIndexDirectory.root(environment);
        this.remote = engine.remote();
        this.schemaMarks = new IndexSchemaMarks(root);
    }

    /** Per type, database rows against indexed documents, and the index size. */
    @RolesAllowed(AppRoles.ADMIN)
    public IndexStatus status() {
        return new IndexStatus(counts(), sizeBytes(), progress.get());
    }

    /** The running or last rebuild. */
    @RolesAllowed(AppRoles.ADMIN)
    public RebuildProgress progress() {
        return progress.get();
    }

    /** The running or last rebuild, for the health check (no person asks: no role check). */
    RebuildProgress currentRebuild() {
        return progress.get();
    }

    /**
     * While a rebuild runs, what search pages say about it: results come from an index still being
     * filled. Empty otherwise.
     */
    @RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
    public Optional<String> rebuildNotice() {
        RebuildProgress now = progress.get();
        return now.running()
                ? Optional.of("The search index is being rebuilt (%d %%) \u2014 results may be incomplete."
                        .formatted(Math.round(now.fraction() * 100)))
                : Optional.empty();
    }

    /**
     * Starts rebuilding every index from the database in the background; searches keep working
     * meanwhile and see the rebuilt documents as they are written.
     *
     * @throws IllegalStateException if a rebuild is already running
     */
    @RolesAllowed(AppRoles.ADMIN)
    public CompletableFuture<RebuildProgress> rebuild() {
        String actor = currentUser.actorName();
        var future = maintenance
                .start(() -> start(
                        actor,
                        searchMapping().allIndexedEntities().stream()
                                .map(SearchIndexedEntity::javaClass)
                                .toList()))
                .orElseThrow(() -> new IllegalStateException("The search index is being rebuilt on another node."));
        writing.executeWithoutResult(tx -> events.publishEvent(new AuditRecord(
                actor,
                "search.rebuild",
                "search-index",
                "all",
                "Started rebuilding the search index",
                null,
                Map.of())));
        return future;
    }

    /**
     * Indexes whatever the database has and the index lacks (first start, lost index directory), and
     * rebuilds indexes written with an older schema (a release that added or changed fields).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE) // before the background workers that write to the index start
    void repairOnStartup() {
        // A remote engine that doesn't answer yet: later, in the background, once its indexes are in place.
        schema.createOrValidate(() -> {
            if (maintenance.start(this::repair).isEmpty()) {
                log.info("Another node is repairing or rebuilding the shared search index; not repeated here");
            }
        });
    }

    /** @return the rebuild started, or a completed future when the index was whole */
    private CompletableFuture<RebuildProgress> repair() {
        var outdated = searchMapping().allIndexedEntities().stream()
                .filter(e -> schemaMarks.stale(e.indexManager().descriptor()))
                .map(SearchIndexedEntity::jpaName)
                .toList();
        if (!outdated.isEmpty()) {
            log.info("Search index has no schema mark or an older one for {}", outdated);
        }
        var stale = counts().stream()
                .filter(c -> c.database() != c.indexed() || outdated.contains(c.type()))
                .map(IndexStatus.TypeCount::type)
                .toList();
        if (stale.isEmpty()) {
            return CompletableFuture.completedFuture(progress.get());
        }
        log.info("Search index differs from the database for {}; rebuilding them in the background", stale);
        List<Class<?>> types = searchMapping().allIndexedEntities().stream()
                .filter(e -> stale.contains(e.jpaName()))
                .<Class<?>>map(SearchIndexedEntity::javaClass)
                .toList();
        return start("system", types);
    }

    /**
     * True when the index directory, or one of the indexes' directories in it, has lost its index
     * (deleted while running): the open readers still answer from deleted files, but nothing new
     * can be written. Always false while a rebuild runs, and for indexes not kept on disk.
     */
    boolean lostOnDisk() {
        if (root == null || progress.get().running()) {
            return false;
        }
        return searchMapping().allIndexedEntities().stream()
                .map(e -> root.resolve(e.indexManager().descriptor().hibernateSearchName()))
                .anyMatch(directory -> !LuceneFiles.holdIndex(directory));
    }

    /**
     * Drops what is left of the indexes, creates them empty (the directories and files Lucene
     * needs) and rebuilds them from the database in the background, with progress.
     */
    synchronized void recreateLost() {
        if (root == null || progress.get().running()) {
            return;
        }
        log.warn(
                "The search index in {} was lost while running; recreating it and rebuilding it from the"
                        + " database in the background",
                root);
        // Lucene lists a directory before dropping or creating an index in it: it must exist.
        for (SearchIndexedEntity<?> entity : searchMapping().allIndexedEntities()) {
            Path index = root.resolve(entity.indexManager().descriptor().hibernateSearchName());
            for (String shard : SearchShards.shardIds()) {
                try {
                    Files.createDirectories(index.resolve(shard));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        searchMapping().scope(Object.class).schemaManager().dropAndCreate();
        start(
                "system",
                searchMapping().allIndexedEntities().stream()
                        .map(SearchIndexedEntity::javaClass)
                        .toList());
    }

    private synchronized CompletableFuture<RebuildProgress> start(String actor, List<? extends Class<?>> types) {
        if (progress.get().running()) {
            throw new IllegalStateException("The search index is already being rebuilt.");
        }
        var done = new AtomicLong();
        var total = new AtomicLong();
        var started = clock.instant();
        progress.set(new RebuildProgress(RebuildProgress.State.RUNNING, 0, 0, started, null, actor, null));
        var monitor = new MassIndexingMonitor() {
            @Override
            public void documentsAdded(long increment) {
                long d = done.addAndGet(increment);
                progress.set(
                        new RebuildProgress(RebuildProgress.State.RUNNING, total.get(), d, started, null, actor, null));
            }

            @Override
            public void documentsBuilt(long increment) {}

            @Override
            public void entitiesLoaded(long increment) {}

            @Override
            @SuppressWarnings("deprecation")
            public void addToTotalCount(long increment) {
                total.addAndGet(increment);
            }

            @Override
            public void indexingCompleted() {}
        };
        List<Class<? extends Object>> targets = List.copyOf(types);
        var indexer = searchMapping()
                .scope(targets)
                .massIndexer()
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(50)
                .monitor(monitor);
        return indexer.start().toCompletableFuture().handle((ignored, failure) -> {
            var end = failure == null
                    ? new RebuildProgress(
                            RebuildProgress.State.DONE, done.get(), done.get(), started, clock.instant(), actor, null)
                    : new RebuildProgress(
                            RebuildProgress.State.FAILED,
                            total.get(),
                            done.get(),
                            started,
                            clock.instant(),
                            actor,
                            failure.getMessage());
            if (failure != null) {
                log.error("Rebuilding the search index failed", failure);
            } else {
                log.info("Search index rebuilt: {} documents", done.get());
                searchMapping().allIndexedEntities().stream()
                        .filter(e -> targets.contains(e.javaClass()))
                        .forEach(e -> schemaMarks.markCurrent(e.indexManager().descriptor()));
            }
            progress.set(end);
            if (failure == null) {
                mergeSegments(targets);
            }
            return end;
        });
    }

    /**
     * Merges the rebuilt indexes into one segment per shard, after the rebuild is reported done:
     * searches are about 10% faster on a merged index. Best effort — a merge needs up to twice the
     * index's space on disk for a while, and a failed one leaves a correct index behind.
     */
    private void mergeSegments(List<Class<?>> types) {
        long start = System.nanoTime();
        searchMapping().scope(types).workspace().mergeSegmentsAsync().whenComplete((ignored, failure) -> {
            if (failure != null) {
                log.warn("Merging the rebuilt search index failed; it stays as it was", failure);
            } else {
                log.info("Merged the rebuilt search index in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
        });
    }

    private List<IndexStatus.TypeCount> counts() {
        return readOnly.execute(tx -> {
            var session = Search.session(entityManager);
            List<IndexStatus.TypeCount> result = new ArrayList<>();
            for (SearchIndexedEntity<?> entity : searchMapping().allIndexedEntities()) {
                long rows = entityManager
                        .createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                        .getSingleResult();
                long documents = session.search(entity.javaClass())
                        .where(f -> f.matchAll())
                        .fetchTotalHitCount();
                result.add(new IndexStatus.TypeCount(entity.jpaName(), rows, documents));
            }
            return result;
        });
    }

    private long sizeBytes() {
        if (remote) {
            return RemoteIndexStats.sizeBytes(searchMapping());
        }
        return searchMapping().allIndexedEntities().stream()
                .mapToLong(
                        e -> e.indexManager().unwrap(LuceneIndexManager.class).computeSizeInBytes())
                .sum();
    }

    private SearchMapping searchMapping() {
        return Search.mapping(entityManagerFactory);
    }
}
