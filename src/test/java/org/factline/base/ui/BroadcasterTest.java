package org.factline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.factline.MockTabs.tab;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fan-out off the publisher's thread: at once for the sender, coalesced, in order, detached UIs dropped. */
class BroadcasterTest {

    private final Broadcaster broadcaster = new Broadcaster(Duration.ofMillis(150));

    @AfterEach
    void stop() {
        broadcaster.stop();
    }

    @Test
    void publish_returns_while_a_subscriber_is_still_refreshing() throws Exception {
        var release = new CountDownLatch(1);
        var refreshed = new AtomicInteger();
        broadcaster.subscribe("claim:1", tab(), () -> {
            awaitQuietly(release);
            refreshed.incrementAndGet();
        });

        CompletableFuture.runAsync(() -> broadcaster.publish("claim:1")).get(1, TimeUnit.SECONDS);
        assertThat(refreshed).hasValue(0);

        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(broadcaster::quiet);
        assertThat(refreshed).hasValue(1);
    }

    @Test
    void many_publishes_within_the_window_become_one_refresh_per_subscriber() {
        var first = new AtomicInteger();
        var second = new AtomicInteger();
        var other = new AtomicInteger();
        broadcaster.subscribe("claim-votes:7", tab(), first::incrementAndGet);
        broadcaster.subscribe("claim-votes:7", tab(), second::incrementAndGet);
        broadcaster.subscribe("claim-votes:8", tab(), other::incrementAndGet);

        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            broadcaster.publish("claim-votes:7");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("50 publishes, all inside the window")
                .isLessThan(Duration.ofMillis(150));
        await().atMost(Duration.ofSeconds(5)).until(broadcaster::quiet);
        assertThat(first).hasValue(1);
        assertThat(second).hasValue(1);
        assertThat(other).hasValue(0);

        broadcaster.publish("claim-votes:7");
        await().atMost(Duration.ofSeconds(5)).until(broadcaster::quiet);
        assertThat(first).hasValue(2);
        assertThat(second).hasValue(2);
    }

    @Test
    void one_ui_is_told_of_its_topics_in_the_order_they_were_published() {
        List<String> told = new CopyOnWriteArrayList<>();
        UI ui = tab();
        List<String> topics = List.of("claim:1", "claim-votes:1", "claim-notes:1", "claims", "notifications:ann");
        for (String topic : topics) {
            broadcaster.subscribe(topic, ui, () -> told.add(topic));
        }

        for (String topic : topics) {
            broadcaster.publish(topic);
        }
        await().atMost(Duration.ofSeconds(5)).until(broadcaster::quiet);
        assertThat(told).containsExactlyElementsOf(topics);
    }

    @Test
    void a_detached_ui_is_dropped_and_the_others_are_still_told() {
        UI gone = mock(UI.class);
        when(gone.access(any())).thenThrow(new UIDetachedException());
        var open = new AtomicInteger();
        broadcaster.subscribe("claim:3", gone, () -> {});
        broadcaster.subscribe("claim:3", tab(), open::incrementAndGet);
        assertThat(broadcaster.subscribers("claim:3")).isEqualTo(2);

        broadcaster.publish("claim:3");
        await().atMost(Duration.ofSeconds(5)).until(broadcaster::quiet);
        assertThat(open).hasValue(1);
        assertThat(broadcaster.subscribers("claim:3")).isEqualTo(1);
    }

    @Test
    void a_change_published_while_subscribers_refresh_gets_a_round_of_its_own() {
        var refreshes = new AtomicInteger();
        broadcaster.subscribe("claim:5", tab(), () -> {
            if (refreshes.incrementAndGet() == 1) {
                broadcaster.publish("claim:5"); // someone changed it again while this page reloaded
            }
        });

        broadcaster.publish("claim:5");
        await().atMost(Duration.ofSeconds(5)).until(() -> refreshes.get() == 2 && broadcaster.quiet());
    }

    @Test
    void publishes_go_to_the_other_nodes_and_what_they_send_stays_here() {
        List<String> relayed = new CopyOnWriteArrayList<>();
        broadcaster.relayTo(relayed::add);
        var here = new AtomicInteger();
        broadcaster.subscribe("claim:9", tab(), here::incrementAndGet);

        broadcaster.publish("claim:9");
        broadcaster.publish("claim:10"); // nobody here listens: still relayed
        broadcaster.publishHere("claim:9");
        await().atMost(Duration.ofSeconds(5)).until(broadcaster::quiet);
        assertThat(relayed).containsExactly("claim:9", "claim:10");
        assertThat(here).hasValue(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
