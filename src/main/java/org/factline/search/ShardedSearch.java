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

    /** One shard's part of a search: the query must pass {@code shard} to {@code .routing(…)}. */
    @FunctionalInterface
    interface ShardQuery<T> {
        T run(SearchSession session, SearchScope<Object> scope, String shard);
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

    ShardedSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The query's result on every shard, shard 0 first. */
    <T> List<T> onEveryShard(ShardQuery<T> query) {
        var ids = SearchShards.shardIds();
        var others = new ArrayList<CompletableFuture<T>>();
        for (String shard : ids.subList(1, ids.size())) {
            others.add(CompletableFuture.supplyAsync(() -> onOwnSession(query, shard), pool));
        }
        var results = new ArrayList<T>();
        SearchSession session = Search.session(entityManager);
        try {
            results.add(query.run(session, session.scope(Object.class), ids.getFirst()));
        } catch (RuntimeException e) {
            others.forEach(f -> f.cancel(true));
            throw e;
        }
        for (var other : others) {
            try {
                results.add(other.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return results;
    }

    private <T> T onOwnSession(ShardQuery<T> query, String shard) {
        EntityManager own = entityManagerFactory.createEntityManager();
        try {
            SearchSession session = Search.session(own);
            return query.run(session, session.scope(Object.class), shard);
        } finally {
            own.close();
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
