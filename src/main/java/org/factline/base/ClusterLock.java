package org.factline.base;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.support.locks.DistributedLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Work that only one node of a cluster may run at a time: feed polling, event redelivery, the
 * check-worthiness re-scoring and retraining, and a shared search index's repair and rebuilds
 * (the nightly backup claims its night with a row of its own). Every node's
 * scheduler fires, each calls {@link #runExclusively}, and the one that gets the lock runs the
 * work while the others skip it (they don't wait). Within one node it excludes other threads too.
 *
 * <p>Backed by Spring Integration's JDBC lock registry: a row in {@code int_lock} (migration V24)
 * per held lock, with an expiry. A node that dies holding a lock keeps it until the lease ends,
 * so the lease is a little longer than the work takes; long work calls {@link Lease#renew()}
 * between its steps, from the thread that runs it. Locks are named by the caller; use one name per
 * kind of work ({@code "feed-polling"}), or per item ({@code "feed-poll:42"}).
 */
@Component
public class ClusterLock {

    /** How long a lock is held without renewal before another node may take it. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(10);

    /** The lock held while the work runs; {@link #renew()} extends it by its lease, counted from now. */
    @FunctionalInterface
    public interface Lease {
        /** @return false when the lock was lost (it expired and another node took it): stop soon */
        boolean renew();
    }

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private final DefaultLockRepository repository;
    private final JdbcLockRegistry registry;

    /** One lock client (one "node"); tests make a second to play another node. */
    public ClusterLock(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.repository = new DefaultLockRepository(dataSource);
        repository.setPrefix("INT_");
        repository.setRegion("factline");
        repository.setTransactionManager(transactionManager);
        repository.afterPropertiesSet();
        repository.afterSingletonsInstantiated();
        this.registry = new JdbcLockRegistry(repository, DEFAULT_LEASE);
    }

    /**
     * Runs {@code work} on this thread if no one else (another node or thread) runs work under
     * {@code name}; otherwise returns at once.
     *
     * @return whether the work ran here
     */
    public boolean runExclusively(String name, Runnable work) {
        return runExclusively(name, DEFAULT_LEASE, lease -> work.run());
    }

    /**
     * As {@link #runExclusively(String, Runnable)}, with a lease of {@code lease} that the work can
     * renew between its steps.
     */
    public boolean runExclusively(String name, Duration lease, Consumer<Lease> work) {
        DistributedLock lock = registry.obtain(name);
        boolean acquired;
        try {
            acquired = lock.tryLock(Duration.ZERO, lease);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            // The database could not be asked: then nobody is sure to hold it, so don't run.
            log.warn("Could not take the cluster lock {}: {}", name, e.getMessage());
            return false;
        }
        if (!acquired) {
            return false;
        }
        try {
            work.accept(() -> renew(name, lease));
            return true;
        } finally {
            try {
                lock.unlock();
            } catch (RuntimeException e) {
                // Expired and taken by another node meanwhile, or the database is away: the lease ends anyway.
                log.warn("Could not release the cluster lock {}: {}", name, e.getMessage());
            }
        }
    }

    private boolean renew(String name, Duration lease) {
        try {
            // Only the thread that holds the lock may renew it; a lock that expired fails here.
            registry.renewLock(name, lease);
            return true;
        } catch (RuntimeException e) {
            log.warn("The cluster lock {} could not be renewed: {}", name, e.getMessage());
            return false;
        }
    }

    /** A node that stops cleanly lets go of its locks at once instead of at the end of their lease. */
    @PreDestroy
    void close() {
        try {
            repository.close();
        } catch (RuntimeException e) {
            log.debug("Cluster locks not released at shutdown: {}", e.getMessage());
        }
    }
}
