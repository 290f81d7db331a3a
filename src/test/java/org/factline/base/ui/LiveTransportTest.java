package org.factline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which transport {@code factline.live.transport} chooses for which database (nothing is connected). */
class LiveTransportTest {

    private static final String H2 = "jdbc:h2:mem:live-transport";
    private static final String POSTGRES = "jdbc:postgresql://db.example.org:5432/factline";

    private final Broadcaster broadcaster = new Broadcaster(Duration.ofMillis(150));

    @AfterEach
    void stop() {
        broadcaster.stop();
    }

    @Test
    void auto_relays_on_postgresql_only() {
        assertThat(transport(POSTGRES, "auto").relay()).isNotNull();
        assertThat(transport(H2, "auto").relay()).isNull();
    }

    @Test
    void local_keeps_updates_on_the_node_even_on_postgresql() {
        assertThat(transport(POSTGRES, "local").relay()).isNull();
        assertThat(transport(POSTGRES, " Postgres ").relay()).isNotNull();
    }

    @Test
    void postgres_on_another_database_or_an_unknown_value_stops_the_start_with_a_reason() {
        assertThatThrownBy(() -> transport(H2, "postgres"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a PostgreSQL datasource");
        assertThatThrownBy(() -> transport(POSTGRES, "redis"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("factline.live.transport must be auto, local or postgres, not redis");
    }

    private LiveTransport transport(String url, String choice) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return new LiveTransport(broadcaster, pool, Clock.systemUTC(), choice, "", "", Duration.ofSeconds(5));
    }
}
