package org.factline.base;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Another node of the cluster, for tests: a lock client of its own on the same database, which
 * holds a named lock while the test lets this node's job fire.
 */
public final class OtherNode implements AutoCloseable {

    private final ClusterLock lock;

    public OtherNode(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.lock = new ClusterLock(dataSource, transactionManager);
    }

    public ClusterLock lock() {
        return lock;
    }

    /** Runs {@code meanwhile} on the caller's thread while this node holds the lock {@code name}. */
    public <T> T whileHolding(String name, Callable<T> meanwhile) throws Exception {
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var holder = threads.submit(() -> lock.runExclusively(name, () -> {
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            if (!held.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The other node did not get the lock " + name);
            }
            try {
                return meanwhile.call();
            } finally {
                release.countDown();
                holder.get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() {
        lock.close();
    }
}
