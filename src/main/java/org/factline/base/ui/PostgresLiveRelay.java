package org.factline.base.ui;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries the {@link Broadcaster}'s publishes between application nodes that share one PostgreSQL
 * database, without a message broker: each publish is sent as {@code NOTIFY factline_live,
 * '<nodeId>|<topic>'} (through the connection pool, after the change was committed: the Live*
 * listeners run after commit), and every node LISTENs on a connection of its own, outside the pool,
 * on a thread of its own. A node ignores what it sent itself and hands the others' topics to its
 * dispatcher, which coalesces them like local ones.
 *
 * <p>When PostgreSQL goes away the listener logs one line, reconnects with a growing pause (up to
 * {@code maxPause}) and, once back, refreshes every open page of this node once, since it may have
 * missed other nodes' changes meanwhile.
 */
final class PostgresLiveRelay {

    static final String CHANNEL = "factline_live";

    /** PostgreSQL refuses NOTIFY payloads of 8000 bytes and more. */
    static final int MAX_PAYLOAD_BYTES = 7999;

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveRelay.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final int WAIT_MILLIS = 500;
    private static final Duration CHECK_WHEN_SILENT = Duration.ofSeconds(10);

    /** Opens the listening connection: a plain JDBC connection, never one of the pool's. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Broadcaster broadcaster;
    private final DataSource pool;
    private final Connector connector;
    private final String nodeId;
    private final Duration maxPause;
    private final Clock clock;
    private final Set<String> outgoing = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sendScheduled = new AtomicBoolean();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> daemon(r, "live-notify"));
    private final AtomicReference<@Nullable Instant> downSince = new AtomicReference<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread listener;
    private volatile @Nullable Connection listening;

    PostgresLiveRelay(
            Broadcaster broadcaster,
            DataSource pool,
            Connector connector,
            String nodeId,
            Duration maxPause,
            Clock clock) {
        if (nodeId.contains("|")) {
            throw new IllegalArgumentException("A node id may not contain '|': " + nodeId);
        }
        this.broadcaster = broadcaster;
        this.pool = pool;
        this.connector = connector;
        this.nodeId = nodeId;
        this.maxPause = maxPause;
        this.clock = clock;
        this.listener = daemon(this::listen, "live-listen");
    }

    void start() {
        broadcaster.relayTo(this::send);
        listener.start();
    }

    /** Whether this node is listening right now (connected and LISTEN issued). */
    boolean listening() {
        return listening != null;
    }

    String nodeId() {
        return nodeId;
    }

    /** Queues {@code topic} for the other nodes; a topic already queued is sent once. */
    void send(String topic) {
        if (payload(topic).getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            log.warn("A live topic too long for NOTIFY stays on this node: {}...", topic.substring(0, 80));
            return;
        }
        outgoing.add(topic);
        if (sendScheduled.compareAndSet(false, true)) {
            try {
                sender.execute(this::sendQueued);
            } catch (RejectedExecutionException shuttingDown) {
                outgoing.clear();
            }
        }
    }

    private void sendQueued() {
        sendScheduled.set(false);
        List<String> batch = new ArrayList<>(outgoing);
        outgoing.removeAll(batch);
        if (batch.isEmpty()) {
            return;
        }
        try (var connection = pool.getConnection();
                var notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            for (String topic : batch) {
                notify.setString(1, CHANNEL);
                notify.setString(2, payload(topic));
                notify.execute();
            }
            if (!connection.getAutoCommit()) {
                connection.commit(); // NOTIFY is delivered on commit
            }
            if (listening()) {
                resumed(); // a failure of the sender alone (a full pool) ends here
            }
        } catch (SQLException | RuntimeException e) {
            // The other nodes see these changes on their next refresh; their listener reconnects by itself.
            paused(e);
        }
    }

    private String payload(String topic) {
        return nodeId + "|" + topic;
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        boolean missedSome = false;
        while (stopped.getCount() > 0) {
            try (Connection connection = connector.connect()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = connection;
                resumed();
                if (missedSome) {
                    broadcaster.publishAllHere();
                    missedSome = false;
                }
                pause = FIRST_PAUSE;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                listening = null;
                if (stopped.getCount() == 0) {
                    return;
                }
                missedSome = true;
                paused(e);
                if (awaitStop(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(maxPause) > 0 ? maxPause : pause.multipliedBy(2);
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        Instant lastHeard = clock.instant();
        while (stopped.getCount() > 0) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                lastHeard = clock.instant();
                for (PGNotification n : notifications) {
                    fromOtherNode(n.getParameter());
                }
            } else if (Duration.between(lastHeard, clock.instant()).compareTo(CHECK_WHEN_SILENT) > 0) {
                // A silent connection may be a dead one (a network that dropped it without a word).
                if (!connection.isValid(2)) {
                    throw new SQLException("the listening connection stopped answering");
                }
                lastHeard = clock.instant();
            }
        }
    }

    private void fromOtherNode(String payload) {
        int bar = payload.indexOf('|');
        if (bar < 0 || payload.substring(0, bar).equals(nodeId)) {
            return; // our own publish was delivered here already
        }
        broadcaster.publishHere(payload.substring(bar + 1));
    }

    private void paused(Exception cause) {
        if (downSince.compareAndSet(null, clock.instant())) {
            log.warn(
                    "Live updates between nodes paused on node {}: can't reach the database ({}); reconnecting every {} s at most",
                    nodeId,
                    cause.getMessage(),
                    maxPause.toSeconds());
        } else {
            log.debug("Live updates between nodes still paused on node {}: {}", nodeId, cause.getMessage());
        }
    }

    private void resumed() {
        Instant since = downSince.getAndSet(null);
        if (since != null) {
            log.info(
                    "Live updates between nodes resumed on node {} (paused for {} s)",
                    nodeId,
                    Duration.between(since, clock.instant()).toSeconds());
        }
    }

    private boolean awaitStop(Duration pause) {
        try {
            return stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    void stop() {
        stopped.countDown();
        broadcaster.relayTo(topic -> {});
        sender.shutdown();
        try {
            listener.join(WAIT_MILLIS * 4L);
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable work, String name) {
        var thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
