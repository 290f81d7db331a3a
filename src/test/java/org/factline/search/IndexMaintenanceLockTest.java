package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.factline.AbstractIntegrationTest;
import org.factline.base.ClusterLock;
import org.factline.base.OtherNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The repair and rebuilds of a shared index run on one node at a time, for as long as they run. */
class IndexMaintenanceLockTest extends AbstractIntegrationTest {

    @Autowired
    ClusterLock clusterLock;

    @Autowired
    IndexMaintenanceLock localIndex;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_shared_index_is_rebuilt_by_one_node_which_holds_the_lock_until_the_rebuild_ends() throws Exception {
        var sharedIndex = new IndexMaintenanceLock(clusterLock, true);
        var starts = new AtomicInteger();
        try (var otherNode = new OtherNode(dataSource, transactionManager)) {
            var whileOtherRebuilds = otherNode.whileHolding(
                    IndexMaintenanceLock.LOCK,
                    () -> sharedIndex.start(() -> {
                        starts.incrementAndGet();
                        return CompletableFuture.completedFuture("rebuilt");
                    }));
            assertThat(whileOtherRebuilds).as("another node is rebuilding").isEmpty();
            assertThat(starts).hasValue(0);

            var rebuild = new CompletableFuture<String>();
            var started = sharedIndex.start(() -> {
                starts.incrementAndGet();
                return rebuild;
            });
            assertThat(started).containsSame(rebuild);
            assertThat(otherNode.lock().runExclusively(IndexMaintenanceLock.LOCK, () -> {}))
                    .as("held while the rebuild runs in the background")
                    .isFalse();

            rebuild.complete("rebuilt");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> otherNode.lock().runExclusively(IndexMaintenanceLock.LOCK, () -> {}));
            assertThat(starts).hasValue(1);
        }
    }

    @Test
    void a_local_index_belongs_to_its_node_and_is_repaired_without_the_lock() throws Exception {
        assertThat(localIndex.shared()).as("the default").isFalse();
        try (var otherNode = new OtherNode(dataSource, transactionManager)) {
            var started = otherNode.whileHolding(
                    IndexMaintenanceLock.LOCK,
                    () -> localIndex.start(() -> CompletableFuture.completedFuture("rebuilt")));
            assertThat(started).isPresent();
        }
    }
}
