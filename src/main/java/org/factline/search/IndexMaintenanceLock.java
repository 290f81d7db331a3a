package org.factline.search;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.factline.base.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The start-up repair and the rebuilds of a search index that several nodes share
 * ({@code factline.search.shared-index=true}, an OpenSearch cluster): one node at a time, under the
 * {@link ClusterLock} {@value #LOCK}, held until the rebuild has finished and renewed while it runs.
 * Without it, every node starting after a release would find the same outdated index and rebuild it
 * at once. A local Lucene index (the default) belongs to its node: no lock then.
 */
@Component
class IndexMaintenanceLock {

    static final String LOCK = "search-index-maintenance";
    /** Renewed every third of it while the rebuild runs: a dead node frees the index this soon. */
    static final Duration LEASE = Duration.ofMinutes(3);

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenanceLock.class);

    private final ClusterLock lock;
    private final boolean shared;

    IndexMaintenanceLock(ClusterLock lock, @Value("${factline.search.shared-index:false}") boolean shared) {
        this.lock = lock;
        this.shared = shared;
    }

    /** Whether the nodes share one index (then its maintenance runs on one node at a time). */
    boolean shared() {
        return shared;
    }

    /**
     * Starts the work ({@code start} returns when it runs in the background, with its completion)
     * unless another node is maintaining the shared index.
     *
     * @return the work's completion; empty when another node holds the lock
     */
    <T> Optional<CompletableFuture<T>> start(Supplier<CompletableFuture<T>> start) {
        if (!shared) {
            return Optional.of(start.get());
        }
        // The lock belongs to the thread that took it: one that waits for the work and renews.
        var started = new CompletableFuture<Optional<CompletableFuture<T>>>();
        Thread.ofVirtual().name("search-index-maintenance").start(() -> {
            boolean ran = lock.runExclusively(LOCK, LEASE, lease -> {
                CompletableFuture<T> work;
                try {
                    work = start.get();
                } catch (RuntimeException e) {
                    started.completeExceptionally(e);
                    return;
                }
                started.complete(Optional.of(work));
                holdUntilDone(work, lease);
            });
            if (!ran) {
                started.complete(Optional.empty());
            }
        });
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void holdUntilDone(CompletableFuture<?> work, ClusterLock.Lease lease) {
        while (true) {
            try {
                work.get(LEASE.toMillis() / 3, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException stillRunning) {
                if (!lease.renew()) {
                    log.warn("Search index maintenance: the cluster lock was lost while the rebuild runs");
                    return;
                }
            } catch (ExecutionException | java.util.concurrent.CancellationException failed) {
                return; // reported by the work itself
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
