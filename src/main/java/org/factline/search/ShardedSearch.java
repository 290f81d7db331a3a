package org.factline.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * Runs one search on every shard at once (see {@link SearchShards}): shard 0 on the calling
 * thread, the others on a small pool, each with its own session. The caller merges what comes back.
 * Security is decided before: the query carries the signed-in user's visibility filter.
 */
@Component
class ShardedSearch {

    /**
     * One shard's part of a search: the query must pass {@code routing} to {@code .routing(…)}
     * (one shard's key, or none: every shard, when the engine shards the index itself).
     */
    @FunctionalInterface
    interface ShardQuery<T> {
        T run(SearchSession session, SearchScope<Object> scope, List<String> routing);
    }

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    /**
     * As many helpers as cores and no queue: when all are busy (many searches at once), the caller
     * searches the shard itself, so a busy server answers one search after the other as it would
     * without shards instead of queueing shard work behind other people's searches.
     */
    private final ExecutorService pool = new ThreadPoolExecutor(
            0,
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            Thread.ofPlatform().name("search-shard-", 1).daemon().factory(),
            (task, executor) -> task.run());

    private final boolean byApplication;

    ShardedSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory, SearchShards shards) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.byApplication = shards.byApplication();
    }

    /**
     * The query's result on every shard, shard 0 first; on a remote engine, which searches its
     * shards itself, the one result of one query.
     */
    <T> List<T> onEveryShard(ShardQuery<T> query) {
        if (!byApplication) {
            SearchSession session = Search.session(entityManager);
            return List.of(query.run(session, session.scope(Object.class), List.of()));
        }
        var ids = SearchShards.shardIds();
        var others = new ArrayList<CompletableFuture<T>>();
        for (String shard : ids.subList(1, ids.size())) {
            others.add(CompletableFuture.supplyAsync(() -> onOwnSession(query, shard), pool));
        }
        var results = new ArrayList<T>();
        SearchSession session = Search.session(entityManager);
        try {
            results.add(query.run(session, session.scope(Object.class), List.of(ids.getFirst())));
        } catch (RuntimeException e) {
            others.forEach(f -> f.cancel(true));
            throw e;
        }
        for (var other : others) {
            results.add(joined(other));
        }
        return results;
    }

    /**
     * {@code work} applied to every item, in order, the items split in as many runs as there are
     * shards and the runs done at once like shard queries (for per-hit work on a page, such as
     * highlighting). The work must not need the caller's session or security context.
     */
    <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        int runs = Math.min(SearchShards.COUNT, items.size());
        if (runs < 2) {
            return items.stream().<R>map(work).toList();
        }
        int size = (items.size() + runs - 1) / runs;
        var others = new ArrayList<CompletableFuture<List<R>>>();
        for (int from = size; from < items.size(); from += size) {
            var run = items.subList(from, Math.min(items.size(), from + size));
            others.add(CompletableFuture.supplyAsync(
                    () -> run.stream().<R>map(work).toList(), pool));
        }
        var results = new ArrayList<R>(items.size());
        results.addAll(items.subList(0, size).stream().<R>map(work).toList());
        for (var other : others) {
            results.addAll(joined(other));
        }
        return results;
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private <T> T onOwnSession(ShardQuery<T> query, String shard) {
        EntityManager own = entityManagerFactory.createEntityManager();
        try {
            SearchSession session = Search.session(own);
            return query.run(session, session.scope(Object.class), List.of(shard));
        } finally {
            own.close();
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
