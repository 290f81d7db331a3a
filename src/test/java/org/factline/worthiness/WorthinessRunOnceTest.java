package org.factline.worthiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.factline.AbstractIntegrationTest;
import org.factline.base.OtherNode;
import org.factline.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Retraining and the re-scoring pass run on one node of a cluster at a time. */
class WorthinessRunOnceTest extends AbstractIntegrationTest {

    @Autowired
    ModelRetraining retraining;

    @Autowired
    TriageBackfill backfill;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_retraining_while_another_node_retrains_is_refused_and_changes_nothing() throws Exception {
        signIn(ADMIN);
        var before = retraining.history();
        try (var otherNode = new OtherNode(dataSource, transactionManager)) {
            otherNode.whileHolding(ModelRetraining.LOCK, () -> {
                assertThatThrownBy(retraining::retrain)
                        .isInstanceOf(ValidationException.class)
                        .hasMessageContaining("already running");
                return null;
            });
            assertThat(retraining.history().models()).isEqualTo(before.models());
            assertThat(otherNode.lock().runExclusively(ModelRetraining.LOCK, () -> {}))
                    .as("free again")
                    .isTrue();
        }
    }

    @Test
    void while_another_node_rescores_this_node_skips_the_pass_and_may_do_the_next() throws Exception {
        try (var otherNode = new OtherNode(dataSource, transactionManager)) {
            assertThat(otherNode.whileHolding(TriageBackfill.LOCK, backfill::pass))
                    .isFalse();
            assertThat(backfill.pass()).isTrue();
            assertThat(otherNode.lock().runExclusively(TriageBackfill.LOCK, () -> {}))
                    .as("released after the pass")
                    .isTrue();
        }
    }
}
