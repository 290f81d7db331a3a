package org.factline.base;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.factline.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The scheduled redelivery of failed event publications runs on one node of a cluster at a time. */
class EventRedeliveryRoundTest extends AbstractIntegrationTest {

    @Autowired
    EventRedelivery redelivery;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void while_another_node_redelivers_this_node_skips_the_round_and_does_the_next() throws Exception {
        try (var otherNode = new OtherNode(dataSource, transactionManager)) {
            assertThat(otherNode.whileHolding(EventRedelivery.LOCK, redelivery::round))
                    .as("the other node is doing the round")
                    .isFalse();
            assertThat(redelivery.round()).as("the next round, once it is done").isTrue();
            assertThat(otherNode.lock().runExclusively(EventRedelivery.LOCK, () -> {}))
                    .as("released after the round")
                    .isTrue();
        }
    }
}
