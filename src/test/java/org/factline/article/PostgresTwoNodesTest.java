package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.factline.FactlineApplication;
import org.factline.security.SystemAuthentication;
import org.factline.user.FirstAdminAttempt;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two nodes of a cluster: two whole applications in this JVM, started at the same moment on one
 * empty PostgreSQL database. Both migrate it (Flyway's advisory lock lets one apply the migrations,
 * the other finds them applied), one creates the first admin and the other sees it, and a scheduled
 * job both run every 100 ms — feed polling — polls a feed once across both, and the import job
 * that poll starts imports its entry once.
 */
class PostgresTwoNodesTest {

    private static final EmbeddedPostgres POSTGRES = start();

    /**
     * Two Hibernate Search bootstraps in one JVM open the same jar's file system to index it and
     * trip over each other (FileSystemAlreadyExistsException); separate JVMs don't share that. So
     * the nodes start together and migrate together, and only build their JPA layer one after the
     * other.
     */
    /**
     * Spring Security's holder of the signed-in user is one static per JVM, and each application
     * installs its own: the second would leave the first's method security looking elsewhere than
     * {@code SystemAuthentication} writes. Separate JVMs each have their own; here they share one.
     */
    private static final SecurityContextHolderStrategy ONE_SECURITY_CONTEXT =
            new VaadinAwareSecurityContextHolderStrategy();

    private static final BeanPostProcessor ONE_JPA_START_AT_A_TIME = new BeanPostProcessor() {
        private final Semaphore jpa = new Semaphore(1);

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof LocalContainerEntityManagerFactoryBean) {
                jpa.acquireUninterruptibly();
            }
            return bean;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof LocalContainerEntityManagerFactoryBean) {
                jpa.release();
            }
            return bean;
        }
    };

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Test
    void two_nodes_starting_at_once_migrate_once_create_one_admin_and_poll_a_feed_once() throws Exception {
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try (var site = new FeedSite();
                var threads = Executors.newFixedThreadPool(2)) {
            var together = new CyclicBarrier(2);
            Callable<ConfigurableApplicationContext> node = () -> {
                together.await();
                return new SpringApplicationBuilder(FactlineApplication.class)
                        .profiles("test")
                        .initializers(context -> {
                            context.getBeanFactory().addBeanPostProcessor(ONE_JPA_START_AT_A_TIME);
                            context.getBeanFactory()
                                    .registerSingleton(
                                            "vaadinAwareSecurityContextHolderStrategy", ONE_SECURITY_CONTEXT);
                        })
                        .run(
                                "--spring.datasource.url=" + POSTGRES.getJdbcUrl("postgres", "postgres"),
                                "--spring.datasource.username=postgres",
                                "--spring.datasource.password=",
                                "--spring.datasource.hikari.connection-timeout=1000",
                                "--server.port=0",
                                "--factline.feeds.check-every=100ms",
                                // the poll's import job, worked by whichever node claims its item first
                                "--factline.import.jobs.poll-every=200ms");
            };
            List<Future<ConfigurableApplicationContext>> starting = List.of(threads.submit(node), threads.submit(node));
            for (var started : starting) {
                nodes.add(started.get(5, TimeUnit.MINUTES));
            }
            var jdbc = new JdbcTemplate(nodes.getFirst().getBean(DataSource.class));

            assertThat(jdbc.queryForObject(
                            "select count(*) from flyway_schema_history where not success", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from flyway_schema_history where version is not null", Integer.class))
                    .as("each migration applied once")
                    .isEqualTo(jdbc.queryForObject(
                            "select count(distinct version) from flyway_schema_history where version is not null",
                            Integer.class));
            assertThat(jdbc.queryForList("select username from app_user", String.class))
                    .containsExactly("admin");
            assertThat(FirstAdminAttempt.createdBy(nodes.get(1)))
                    .as("a node that lost the race sees the other's admin")
                    .isFalse();
            assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
                    .isOne();

            site.page("wire", "Twonodes wire story about harbour cranes");
            site.serveFeed(
                    "application/rss+xml", FeedSite.rss("Two nodes", FeedSite.rssItem(site.article("wire"), "")));
            var feeds = nodes.getFirst().getBean(FeedService.class);
            var added = SystemAuthentication.runAsSystem(
                    () -> feeds.add(new FeedForm(site.feedUrl(), Duration.ofMinutes(5), false)));
            assertThat(site.feedRequests).as("saving checks the feed").hasValue(1);
            site.holdFeed();
            SystemAuthentication.runAsSystem(() -> feeds.setActive(added.id(), added.version(), true));

            await().atMost(Duration.ofSeconds(10)).until(() -> site.feedRequests.get() == 2);
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .alias("while one node's poll waits for the feed, the other node's rounds skip")
                    .until(() -> site.feedRequests.get() == 2);
            site.open();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> SystemAuthentication.runAsSystem(
                                    () -> feeds.feeds().getFirst().entriesImported())
                            == 1);
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> site.feedRequests.get() == 2);
            assertThat(site.hits("wire")).isOne();
            assertThat(jdbc.queryForObject("select count(*) from article", Integer.class))
                    .isOne();
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
        }
    }

    @Test
    void two_flyways_migrating_one_empty_database_at_once_both_succeed() throws Exception {
        try (var connection = POSTGRES.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database flyway_race");
        }
        var database = POSTGRES.getDatabase("postgres", "flyway_race");
        // The SQL migrations (the application also hands Flyway one Java migration, V13, which
        // only rewrites stored data; the two nodes above run it too).
        Callable<MigrateResult> migrate = () -> Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load()
                .migrate();
        var together = new CyclicBarrier(2);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> {
                together.await();
                return migrate.call();
            });
            var second = threads.submit(() -> {
                together.await();
                return migrate.call();
            });
            MigrateResult a = first.get(2, TimeUnit.MINUTES);
            MigrateResult b = second.get(2, TimeUnit.MINUTES);

            assertThat(a.success).isTrue();
            assertThat(b.success).isTrue();
            assertThat(a.migrationsExecuted + b.migrationsExecuted)
                    .as("every migration applied by one of them")
                    .isEqualTo(Flyway.configure()
                            .dataSource(database)
                            .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                            .load()
                            .info()
                            .applied()
                            .length);
        }
        var flyway = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load();
        assertThat(flyway.info().pending()).isEmpty();
        flyway.validate();
        var jdbc = new JdbcTemplate(database);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.tables where table_name in ('app_user', 'int_lock',"
                                + " 'event_publication', 'import_job_item')",
                        Integer.class))
                .isEqualTo(4);
    }
}
