package org.factline;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The database under the shared test context: in-memory H2 (application-test.properties) unless the
 * JVM runs with {@code -Dfactline.test.database=postgresql} (the {@code postgresql-suite} Surefire
 * execution). Then one embedded PostgreSQL server per test JVM (io.zonky binaries, random port)
 * serves every test class, so the suite keeps its one context and Flyway migrates once.
 */
final class TestDatabase implements ContextCustomizerFactory {

    static final String PROPERTY = "factline.test.database";

    /** Whether this JVM runs the suite on PostgreSQL rather than H2. */
    static boolean isPostgresql() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        String database = System.getProperty(PROPERTY, "h2");
        return switch (database) {
            case "h2" -> null;
            case "postgresql" -> new OnEmbeddedPostgres();
            default -> throw new IllegalStateException(PROPERTY + " must be h2 or postgresql, not " + database);
        };
    }

    /** Points spring.datasource at the shared server; equal for every test class, so one cache key. */
    private record OnEmbeddedPostgres() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            EmbeddedPostgres server = SharedServer.acquire();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "embedded-postgresql",
                            Map.of(
                                    "spring.datasource.url", server.getJdbcUrl("postgres", "postgres"),
                                    "spring.datasource.username", "postgres",
                                    "spring.datasource.password", "")));
            // Registered before any bean, so destroyed after all of them: the server stops once the
            // connection pool is closed and the event publication registry has written its report,
            // not under their feet (the JVM's shutdown hooks would run in no particular order).
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("embeddedPostgresRelease", SharedServer::release);
        }
    }

    /** The one server of this JVM, stopped when the last context using it closes. */
    private static final class SharedServer {

        private static @Nullable EmbeddedPostgres server;
        private static int users;

        static synchronized EmbeddedPostgres acquire() {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder()
                            .setRegisterShutdownHook(false)
                            // Test data need not survive a crash: skip the disk flushes.
                            .setServerConfig("fsync", "off")
                            .setServerConfig("synchronous_commit", "off")
                            .setServerConfig("full_page_writes", "off")
                            .start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
                }
            }
            users++;
            return server;
        }

        static synchronized void release() throws IOException {
            if (--users == 0 && server != null) {
                server.close();
                server = null;
            }
        }
    }
}
