package org.factline.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.factline.base.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Live updates between people: views subscribe to a topic ("claim:42") and are told, through
 * server push, when someone else changed it, so they refresh without a reload.
 *
 * <p>{@link #publish} returns at once: the publisher (mostly an event listener, holding a
 * transaction and a database connection) never waits for the open pages to refresh. A dispatcher
 * thread collects a topic's publishes for {@code factline.live.coalesce-window} (150 ms) from the
 * first one and then tells each subscriber once, however many publishes came in meanwhile. Each UI
 * is told on a virtual thread of its own, in the order its topics became due; a UI that is gone
 * (detached) is dropped from its topics.
 *
 * <p>Across nodes: on PostgreSQL every publish is also sent to the other nodes (LISTEN/NOTIFY, see
 * {@code PostgresLiveRelay}), which deliver it to their own subscribers the same way.
 */
@Component
public class Broadcaster {

    private static final Logger log = LoggerFactory.getLogger(Broadcaster.class);

    /** The meter of live updates pushed: one per open tab told of a change. */
    public static final String PUSHED = "factline.push.messages";

    private record Subscriber(String topic, UI ui, SerializableRunnable onChange) {}

    private final Map<String, Set<Subscriber>> topics = new ConcurrentHashMap<>();
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final Map<UI, CompletableFuture<Void>> perUi = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Duration window;
    private final ScheduledExecutorService dispatcher = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "live-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService deliveries = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("live-ui-", 0).factory());
    private volatile Consumer<String> otherNodes = topic -> {};
    private final Counter pushed;

    /** A broadcaster whose pushes are counted nowhere (tests of its own). */
    public Broadcaster(Duration window) {
        this(window, new SimpleMeterRegistry());
    }

    @Autowired
    public Broadcaster(@Value("${factline.live.coalesce-window:150ms}") Duration window, MeterRegistry registry) {
        this.window = window;
        this.pushed = Counter.builder(PUSHED)
                .description("Live updates pushed to open browser tabs")
                .register(registry);
    }

    public Registration subscribe(String topic, UI ui, SerializableRunnable onChange) {
        var subscriber = new Subscriber(topic, ui, onChange);
        topics.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> drop(subscriber);
    }

    /** Tells this node's and (on PostgreSQL) the other nodes' subscribers of {@code topic}; returns at once. */
    public void publish(String topic) {
        otherNodes.accept(topic);
        publishHere(topic);
    }

    /**
     * Whether nothing is waiting to be delivered: no topic in its window, no UI still being told.
     * Tests wait for it; so does shutdown, briefly.
     */
    public boolean quiet() {
        return inFlight.get() == 0;
    }

    /** Where publishes go besides this node (the relay to other nodes sets it). */
    void relayTo(Consumer<String> otherNodes) {
        this.otherNodes = otherNodes;
    }

    /** A publish for this node's subscribers only: what another node sent, for instance. */
    void publishHere(String topic) {
        if (!topics.containsKey(topic) || !waiting.add(topic)) {
            return; // nobody here listens, or it is already waiting in its window
        }
        inFlight.incrementAndGet();
        try {
            dispatcher.schedule(() -> dispatch(topic), window.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            waiting.remove(topic);
            inFlight.decrementAndGet();
        }
    }

    /** Every topic someone here listens to, once: after missing other nodes' publishes for a while. */
    void publishAllHere() {
        List.copyOf(topics.keySet()).forEach(this::publishHere);
    }

    int subscribers(String topic) {
        return topics.getOrDefault(topic, Set.of()).size();
    }

    private void dispatch(String topic) {
        try {
            // Out of the window before telling anyone: a change made while they refresh gets a round of its own.
            waiting.remove(topic);
            for (Subscriber s : topics.getOrDefault(topic, Set.of())) {
                tell(s);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Queues the refresh behind this UI's earlier ones, so one UI sees its topics in order. */
    private void tell(Subscriber s) {
        inFlight.incrementAndGet();
        CompletableFuture<Void> next = perUi.compute(
                s.ui(),
                (ui, previous) -> (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                        .thenRunAsync(() -> deliver(s), deliveries));
        next.whenComplete((done, failure) -> {
            perUi.remove(s.ui(), next);
            inFlight.decrementAndGet();
        });
    }

    private void deliver(Subscriber s) {
        Correlation.run("live", () -> deliverNow(s));
    }

    private void deliverNow(Subscriber s) {
        try {
            s.ui().access(s.onChange()::run);
            pushed.increment();
        } catch (UIDetachedException gone) {
            drop(s);
        } catch (RuntimeException e) {
            log.warn("A live update of {} could not be delivered: {}", s.topic(), e.getMessage());
        }
    }

    private void drop(Subscriber subscriber) {
        topics.computeIfPresent(subscriber.topic(), (t, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    @PreDestroy
    void stop() {
        dispatcher.shutdownNow();
        deliveries.shutdownNow();
    }
}
