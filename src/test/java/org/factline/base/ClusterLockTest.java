package org.factline.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.factline.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The lock on the real database: two lock clients play two nodes of a cluster. */
class ClusterLockTest extends AbstractIntegrationTest {

    @Autowired
    ClusterLock thisNode;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void while_one_node_runs_the_work_another_node_skips_it_and_may_run_it_afterwards() throws Exception {
        var otherNode = new ClusterLock(dataSource, transactionManager);
        String name = unique("work");
        var started = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var runs = new AtomicInteger();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = threads.submit(() -> thisNode.runExclusively(name, () -> {
                runs.incrementAndGet();
                started.countDown();
                await(finish);
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            boolean ranElsewhere = otherNode.runExclusively(name, runs::incrementAndGet);

            assertThat(ranElsewhere).isFalse();
            finish.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(otherNode.runExclusively(name, runs::incrementAndGet)).isTrue();
        assertThat(runs.get()).isEqualTo(2);
        otherNode.close();
    }

    @Test
    void two_threads_of_one_node_racing_one_runs() throws Exception {
        String name = unique("race");
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var runs = new AtomicInteger();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = threads.submit(() -> thisNode.runExclusively(name, () -> {
                runs.incrementAndGet();
                inside.countDown();
                await(release);
            }));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            var second = threads.submit(() -> thisNode.runExclusively(name, runs::incrementAndGet));
            assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void the_holder_renews_its_lease() {
        String name = unique("renew");
        boolean[] renewed = {false};
        assertThat(thisNode.runExclusively(name, java.time.Duration.ofSeconds(30), lease -> renewed[0] = lease.renew()))
                .isTrue();
        assertThat(renewed[0]).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
