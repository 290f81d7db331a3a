package org.factline.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@value #LATENCY}: how long searches take, by kind — {@code results} (the results page's first
 * page), {@code facets}, {@code page} (further results), {@code suggest} (the header box) and
 * {@code similar} (the claim form's look-alikes) — as a histogram (Prometheus buckets). With
 * outbox-polling coordination (the cluster profile) also {@value #INDEX_LAG}: changes written to the
 * outbox table ({@code hsearch_outbox_event}) and not yet indexed, all nodes together. On one node
 * the index is written in the change's own commit and there is no backlog to measure.
 */
@Component
class SearchMeters {

    static final String LATENCY = "factline.search.latency";
    static final String INDEX_LAG = "factline.search.index.lag";
    static final String RESULTS = "results";
    static final String FACETS = "facets";
    static final String PAGE = "page";
    static final String SUGGEST = "suggest";
    static final String SIMILAR = "similar";

    private static final Logger log = LoggerFactory.getLogger(SearchMeters.class);
    static final String COORDINATION = "spring.jpa.properties.hibernate.search.coordination.strategy";

    private final Map<String, Timer> timers;

    SearchMeters(MeterRegistry registry, Environment environment, JdbcTemplate jdbc) {
        timers = Map.of(
                RESULTS, timer(registry, RESULTS),
                FACETS, timer(registry, FACETS),
                PAGE, timer(registry, PAGE),
                SUGGEST, timer(registry, SUGGEST),
                SIMILAR, timer(registry, SIMILAR));
        if ("outbox-polling".equals(environment.getProperty(COORDINATION))) {
            Gauge.builder(INDEX_LAG, jdbc, SearchMeters::outboxBacklog)
                    .description("Changes in the search outbox not yet indexed (all nodes)")
                    .baseUnit("changes")
                    .register(registry);
        }
    }

    private static Timer timer(MeterRegistry registry, String kind) {
        return Timer.builder(LATENCY)
                .description("Time a search takes")
                .tag("kind", kind)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    <T> T timed(String kind, Supplier<T> search) {
        return timers.get(kind).record(search);
    }

    /** NaN when the database can't say (the scrape shows the gap instead of a wrong figure). */
    private static double outboxBacklog(JdbcTemplate jdbc) {
        try {
            Long rows = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
            return rows == null ? 0 : rows;
        } catch (RuntimeException e) {
            log.debug("Search outbox backlog unknown: {}", e.getMessage());
            return Double.NaN;
        }
    }
}
