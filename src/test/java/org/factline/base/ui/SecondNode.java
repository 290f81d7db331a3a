package org.factline.base.ui;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Another application node for tests: its own {@link Broadcaster} and PostgreSQL relay on the
 * same database as the application under test, as a second server would have.
 */
public final class SecondNode implements AutoCloseable {

    private final Broadcaster broadcaster = new Broadcaster(Duration.ofMillis(150));
    private final PostgresLiveRelay relay;

    public SecondNode(String jdbcUrl, String user, String password) {
        var pool = new PGSimpleDataSource();
        pool.setURL(jdbcUrl);
        pool.setUser(user);
        pool.setPassword(password);
        relay = new PostgresLiveRelay(
                broadcaster,
                pool,
                () -> DriverManager.getConnection(jdbcUrl, user, password),
                "second-node",
                Duration.ofSeconds(1),
                Clock.systemUTC());
        relay.start();
    }

    public Broadcaster broadcaster() {
        return broadcaster;
    }

    public boolean listening() {
        return relay.listening();
    }

    @Override
    public void close() {
        relay.stop();
        broadcaster.stop();
    }
}
