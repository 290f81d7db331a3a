package org.factline.base.ui;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Chooses how live updates reach the other nodes ({@code factline.live.transport}): {@code local}
 * keeps them on this node (one node, or H2); {@code postgres} relays them through PostgreSQL
 * LISTEN/NOTIFY ({@link PostgresLiveRelay}); {@code auto}, the default, relays when the
 * datasource's JDBC address is a PostgreSQL one.
 */
@Component
class LiveTransport {

    private static final Logger log = LoggerFactory.getLogger(LiveTransport.class);

    private final @Nullable PostgresLiveRelay relay;

    LiveTransport(
            Broadcaster broadcaster,
            DataSource dataSource,
            Clock clock,
            @Value("${factline.live.transport:auto}") String transport,
            @Value("${factline.live.node-id:}") String nodeId,
            @Value("${factline.node.name:}") String nodeName,
            @Value("${factline.live.reconnect-max-pause:5s}") Duration maxPause) {
        @Nullable HikariDataSource hikari = hikari(dataSource);
        String url = hikari == null ? null : hikari.getJdbcUrl();
        boolean postgres = url != null && url.startsWith("jdbc:postgresql:");
        boolean relayed = switch (transport.trim().toLowerCase(Locale.ROOT)) {
            case "local" -> false;
            case "auto" -> postgres;
            case "postgres" -> {
                if (!postgres) {
                    throw new IllegalStateException("factline.live.transport=postgres needs a PostgreSQL"
                            + " datasource (spring.datasource.url=jdbc:postgresql:...), not " + url);
                }
                yield true;
            }
            default ->
                throw new IllegalStateException(
                        "factline.live.transport must be auto, local or postgres, not " + transport);
        };
        if (!relayed || hikari == null) {
            this.relay = null;
            return;
        }
        // Unique per start even when two nodes were given the same name by mistake: a node ignores
        // what carries its own id. The node name (sticky sessions) makes the logs readable.
        String random = UUID.randomUUID().toString().substring(0, 8);
        String id = !nodeId.isBlank() ? nodeId.trim() : nodeName.isBlank() ? random : nodeName.trim() + "-" + random;
        this.relay =
                new PostgresLiveRelay(broadcaster, dataSource, () -> listenConnection(hikari), id, maxPause, clock);
    }

    @PostConstruct
    void start() {
        if (relay != null) {
            relay.start();
            log.info("Live updates between nodes through PostgreSQL LISTEN/NOTIFY (this node: {})", relay.nodeId());
        }
    }

    @PreDestroy
    void stop() {
        if (relay != null) {
            relay.stop();
        }
    }

    /** The relay when updates go to other nodes, for tests. */
    @Nullable
    PostgresLiveRelay relay() {
        return relay;
    }

    private static java.sql.Connection listenConnection(HikariDataSource pool) throws SQLException {
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", "factline-live");
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    private static @Nullable HikariDataSource hikari(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }
}
