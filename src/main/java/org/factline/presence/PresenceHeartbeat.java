package org.factline.presence;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.factline.base.DatabaseHealth;
import org.factline.base.ui.Broadcaster;
import org.factline.presence.domain.PresenceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the open pages of this node present: every 20 seconds it renews their rows, forgets rows
 * nobody renewed for five minutes, and lets each open page redraw its viewers (people on other
 * nodes appear and drop out this way). Entering and leaving are announced at once through
 * {@link Broadcaster} to the pages of this node.
 */
@Component
public class PresenceHeartbeat {

    static final Duration BEAT = Duration.ofSeconds(20);
    private static final Duration FORGET = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(PresenceHeartbeat.class);

    private record Watcher(UI ui, String topic, String username, SerializableRunnable redraw) {}

    private final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();
    private final PresenceRepository presence;
    private final Broadcaster broadcaster;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final DatabaseHealth database;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "presence-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    PresenceHeartbeat(
            PresenceRepository presence,
            Broadcaster broadcaster,
            Clock clock,
            PlatformTransactionManager transactions,
            DatabaseHealth database) {
        this.database = database;
        this.presence = presence;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        timer.scheduleAtFixedRate(this::beat, BEAT.toSeconds(), BEAT.toSeconds(), TimeUnit.SECONDS);
    }

    public static String liveTopic(String topic) {
        return "presence:" + topic;
    }

    /** An open page of {@code username} on {@code topic}; {@code redraw} runs in the page's UI. */
    public Registration watch(UI ui, String topic, String username, SerializableRunnable redraw) {
        var watcher = new Watcher(ui, topic, username, redraw);
        watchers.add(watcher);
        var live = broadcaster.subscribe(liveTopic(topic), ui, redraw);
        broadcaster.publish(liveTopic(topic));
        return () -> {
            watchers.remove(watcher);
            live.remove();
            broadcaster.publish(liveTopic(topic));
        };
    }

    void beat() {
        if (!database.reachable()) {
            return; // DatabaseHealth watches it; presence resumes with the next beat after that
        }
        try {
            var now = clock.instant();
            tx.executeWithoutResult(s -> {
                for (Watcher w : watchers) {
                    if (alive(w.ui(), now.toEpochMilli())) {
                        presence.touch(w.topic(), w.username(), now);
                    }
                }
                presence.forgetBefore(now.minus(FORGET));
            });
            for (Watcher w : watchers) {
                try {
                    w.ui().access(w.redraw()::run);
                } catch (UIDetachedException gone) {
                    watchers.remove(w);
                }
            }
        } catch (RuntimeException e) {
            if (!database.handled(e)) {
                log.warn("Presence heartbeat failed", e);
            }
        }
    }

    /**
     * A tab closed without saying goodbye stops sending Vaadin heartbeats (every 30 s, see
     * application.properties): its page stops counting as viewed before Vaadin detaches it.
     */
    private static boolean alive(UI ui, long nowMillis) {
        var internals = ui.getInternals();
        return internals == null || nowMillis - internals.getLastHeartbeatTimestamp() < SILENT.toMillis();
    }

    private static final Duration SILENT = Duration.ofSeconds(75);

    int watching() {
        return watchers.size();
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
