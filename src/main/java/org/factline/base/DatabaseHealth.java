package org.factline.base;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Watches the database once a user action found it unreachable: logs one line for the outage (the
 * cause and the pool's state, not a stack trace per request), then asks the database every few
 * seconds until it answers, and tells its listeners (the open pages' banner) both times. The pool
 * hands out fresh connections again by itself; nothing needs a restart.
 */
@Component
public class DatabaseHealth {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);

    private final DataSource dataSource;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final Duration checkEvery;
    private final AtomicReference<@Nullable Instant> downSince = new AtomicReference<>();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "database-health");
        thread.setDaemon(true);
        return thread;
    });

    DatabaseHealth(
            DataSource dataSource, Clock clock, @Value("${factline.database.check-every:2s}") Duration checkEvery) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.checkEvery = checkEvery;
    }

    /**
     * Runs {@code listener} (on the thread that noticed) when the database stops or starts
     * answering; {@link #reachable()} then says which.
     */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** False from the first failure seen until the database answers again. */
    public boolean reachable() {
        return downSince.get() == null;
    }

    /**
     * Where an action failed: true when it failed because the database is unreachable — then it is
     * taken care of here (logged once per outage, watched until it answers) and the caller only
     * tells the person {@link DatabaseFailures#MESSAGE}; false for any other failure.
     */
    public boolean handled(@Nullable Throwable failure) {
        Throwable cause = DatabaseFailures.cause(failure);
        if (cause == null) {
            return false;
        }
        if (downSince.compareAndSet(null, clock.instant())) {
            log.warn(
                    "Can't reach the database: {} [pool {}]; checking every {} s until it answers",
                    cause.getMessage(),
                    poolState(),
                    checkEvery.toSeconds());
            tell();
            scheduleCheck();
        }
        return true;
    }

    /** Active, idle and waiting counts of the connection pool (Hikari's own figures). */
    public String poolState() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                var pool = dataSource.unwrap(HikariDataSource.class);
                var stats = pool.getHikariPoolMXBean();
                if (stats != null) {
                    return "%s: active=%d, idle=%d, waiting=%d, total=%d of %d"
                            .formatted(
                                    pool.getPoolName(),
                                    stats.getActiveConnections(),
                                    stats.getIdleConnections(),
                                    stats.getThreadsAwaitingConnection(),
                                    stats.getTotalConnections(),
                                    pool.getMaximumPoolSize());
                }
            }
        } catch (SQLException | RuntimeException e) {
            return "state unknown (" + e.getMessage() + ")";
        }
        return "state unknown";
    }

    private void scheduleCheck() {
        checker.schedule(this::check, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (!answers()) {
            scheduleCheck();
            return;
        }
        Instant since = downSince.getAndSet(null);
        log.info(
                "The database answers again (unreachable for {} s)",
                since == null ? 0 : Duration.between(since, clock.instant()).toSeconds());
        tell();
    }

    private void tell() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("Telling about the database's state failed: {}", e.getMessage());
            }
        }
    }

    private boolean answers() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException stillDown) {
            log.debug("Database still unreachable: {}", stillDown.getMessage());
            return false;
        }
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }
}
