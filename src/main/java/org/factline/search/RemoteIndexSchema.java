package org.factline.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The indexes of a remote engine (cluster profile), created when missing and checked against the
 * mapping when present: Hibernate Search's {@code SearchSchemaManager#createOrValidate}, run by the
 * application instead of at boot ({@code schema_management.strategy=none}), so that a node starts
 * while the engine is away. Then the first attempt finds it unreachable, one WARN says so, and a
 * background thread tries again with backoff ({@value #FIRST_RETRY_MS} ms doubling up to {@code
 * factline.search.schema-retry-max}, or at once when a change is refused because its index is
 * missing: the engine answers again); until it has succeeded searches say the engine is
 * unavailable, while changes wait in the outbox. An existing index that doesn't match the mapping
 * still stops a starting node with the engine up; found later, it is logged as an ERROR once and
 * searches stay unavailable.
 */
@Component
class RemoteIndexSchema {

    static final long FIRST_RETRY_MS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(RemoteIndexSchema.class);

    private final EntityManagerFactory entityManagerFactory;
    private final boolean remote;
    private final Duration maxRetry;
    private volatile boolean ready;
    private volatile long readyAt;
    private volatile @Nullable Thread retrying;

    RemoteIndexSchema(
            EntityManagerFactory entityManagerFactory,
            SearchEngine engine,
            SearchFailureLog failures,
            @Value("${factline.search.schema-retry-max:30s}") Duration maxRetry) {
        this.entityManagerFactory = entityManagerFactory;
        this.remote = engine.remote();
        this.maxRetry = maxRetry;
        this.ready = !remote; // a local Lucene index is created by Hibernate Search at boot
        failures.watch(this::ready, this::justCreated, this::tryNow);
    }

    /** The engine answers (a change was refused for want of its index): the next try is now. */
    private void tryNow() {
        Thread waiting = retrying;
        if (waiting != null) {
            LockSupport.unpark(waiting);
        }
    }

    /** Within 30 s of the indexes being put in place (answers to requests sent before may come late). */
    private boolean justCreated() {
        return ready && System.nanoTime() - readyAt < 30_000_000_000L;
    }

    /** Whether the indexes exist and match the mapping (always for a local index). */
    boolean ready() {
        return ready;
    }

    /**
     * Creates or validates the indexes now if the engine answers, and runs {@code whenReady} here;
     * otherwise keeps trying in the background and runs it there once the indexes are in place.
     *
     * @throws IllegalStateException when an existing index doesn't match the mapping
     */
    void createOrValidate(Runnable whenReady) {
        if (!remote) {
            whenReady.run();
            return;
        }
        try {
            attempt();
        } catch (RuntimeException e) {
            if (!unreachable(e)) {
                throw mismatch(e);
            }
            log.warn(
                    "The search engine doesn't answer ({}); this node runs without search until it does, changes"
                            + " wait in the outbox, and its indexes are created or checked once it answers",
                    reason(e));
            retrying = Thread.ofVirtual().name("search-schema").start(() -> retry(whenReady));
            return;
        }
        whenReady.run();
    }

    private void retry(Runnable whenReady) {
        long begin = System.nanoTime();
        long delay = FIRST_RETRY_MS;
        while (true) {
            LockSupport.parkNanos(delay * 1_000_000); // or less: tryNow()
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                attempt();
            } catch (RuntimeException e) {
                if (unreachable(e)) {
                    log.debug("Search engine still unreachable: {}", reason(e));
                    delay = Math.min(delay * 2, maxRetry.toMillis());
                    continue;
                }
                log.error(mismatch(e).getMessage());
                retrying = null;
                return;
            }
            retrying = null;
            log.info(
                    "The search engine answers (after {} s); its indexes are in place",
                    (System.nanoTime() - begin) / 1_000_000_000);
            try {
                whenReady.run();
            } catch (RuntimeException e) {
                log.error("Checking the search index against the database failed", e);
            }
            return;
        }
    }

    private void attempt() {
        Search.mapping(entityManagerFactory).scope(Object.class).schemaManager().createOrValidate();
        readyAt = System.nanoTime();
        ready = true;
    }

    private static IllegalStateException mismatch(RuntimeException e) {
        return new IllegalStateException(
                "The search indexes on the engine could not be created or checked. An existing index that doesn't"
                        + " match this version of Factline must be deleted (it is created again and filled from the"
                        + " database). "
                        + e.getMessage(),
                e);
    }

    /**
     * Whether the engine can't be reached or didn't answer in time (a busy engine creating an
     * index): worth trying again, unlike a refused index. The schema manager reports each index's
     * failure as a suppressed exception of its own.
     */
    static boolean unreachable(Throwable e) {
        if (SearchUnavailableException.unreachable(e)) {
            return true;
        }
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SearchTimeoutException) {
                return true;
            }
        }
        for (Throwable each : e.getSuppressed()) {
            if (unreachable(each)) {
                return true;
            }
        }
        return false;
    }

    /** The I/O failure under it ("ConnectException: Connection refused"), for one log line. */
    static String reason(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IOException || c instanceof SearchTimeoutException) {
                return c.getClass().getSimpleName() + ": " + c.getMessage();
            }
            for (Throwable each : c.getSuppressed()) {
                String found = reason(each);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
