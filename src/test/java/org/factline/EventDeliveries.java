package org.factline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.factline.base.ui.Broadcaster;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events between modules reach their listeners after commit, on other threads, through the
 * event publication registry; a delivered publication's row is deleted. Tests wait here until
 * nothing is on its way, so they see the listeners' effects and no work runs on into the next
 * test (or past the database's shutdown). Live updates the listeners published are delivered on
 * the {@link Broadcaster}'s threads after a short window: tests wait for those too.
 */
final class EventDeliveries {

    private final JdbcTemplate jdbc;
    private final @Nullable Broadcaster broadcaster;

    /** Waits for event publications only (a test without the application's live updates). */
    EventDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.broadcaster = null;
    }

    EventDeliveries(JdbcTemplate jdbc, @Nullable Broadcaster broadcaster) {
        this.jdbc = jdbc;
        this.broadcaster = broadcaster;
    }

    /** Waits until every event published so far was delivered or its listener failed. */
    void awaitQuiet() {
        await().atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(undelivered())
                        .as("event publications on their way")
                        .filteredOn(p -> !p.startsWith("FAILED "))
                        .isEmpty());
        Broadcaster live = broadcaster;
        if (live == null) {
            return;
        }
        await().atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .alias("live updates on their way to open pages")
                .until(live::quiet);
    }

    /** Waits as {@link #awaitQuiet()} and checks that no listener failed. */
    void awaitAllDelivered() {
        awaitQuiet();
        assertThat(undelivered()).as("event publications whose listener failed").isEmpty();
    }

    /**
     * The event publications not delivered yet, as "STATUS listener event-as-JSON". Read from the
     * table: Spring Modulith 2.0.3's JPA registry reports every incomplete publication as
     * PUBLISHED, failed ones too (spring-modulith GH-1728, fixed in 2.0.7).
     */
    List<String> undelivered() {
        return jdbc.query(
                "select status, listener_id, serialized_event from event_publication"
                        + " where completion_date is null order by publication_date",
                (row, i) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3));
    }
}
