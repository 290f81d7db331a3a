package org.factline;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.factline.base.DatabaseFailures;
import org.factline.base.DatabaseHealth;
import org.factline.claim.ClaimService;
import org.factline.claim.Verdict;
import org.factline.search.SearchIndexService;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.factline.search.ui.SearchView;
import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.factline.user.AccessTokens;
import org.factline.user.NewAccessToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database going away under a running application, on a real PostgreSQL server stopped and
 * started again on the same port and data directory; a pool with every connection taken; and the
 * search index directory deleted while running. Its own context (PostgreSQL, an index on disk,
 * quick checks), so it runs in a JVM of its own (surefire execution {@code postgresql}).
 */
class PostgresOutageTest extends AbstractAppTest {

    private static final Path DATA = temporary("factline-outage-pg");
    private static final Path INDEX = temporary("factline-outage-index");
    private static EmbeddedPostgres postgres = start(0);
    private static final int PORT = postgres.getPort();
    private static boolean stopped;

    @Autowired
    DataSource dataSource;

    @Autowired
    DatabaseHealth health;

    @Autowired
    ClaimService claims;

    @Autowired
    SearchService search;

    @Autowired
    SearchIndexService indexes;

    @Autowired
    AccessTokens accessTokens;

    @LocalServerPort
    int serverPort;

    private final ListAppender<ILoggingEvent> healthLog = new ListAppender<>();

    @DynamicPropertySource
    static void outageSetup(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        registry.add("factline.database.check-every", () -> "300ms");
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.type", () -> "local-filesystem");
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.root", INDEX::toString);
        registry.add("factline.search.index-check-every", () -> "300ms");
    }

    @AfterEach
    void databaseBack() {
        if (stopped) {
            startDatabase(); // a failed test leaves it running for the next
        }
        ((Logger) LoggerFactory.getLogger(DatabaseHealth.class)).detachAppender(healthLog);
        await().atMost(Duration.ofSeconds(20)).until(health::reachable);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void a_note_typed_while_the_database_is_away_stays_in_the_editor_and_saves_once_it_is_back() {
        login(user("outage-checker", Role.FACT_CHECKER));
        long claimId = newClaim("Claim discussed during an outage");
        com.vaadin.flow.component.UI.getCurrent().navigate("claims/" + claimId);
        var composer = _get(TextArea.class, spec -> spec.withLabel("New note"));
        _setValue(composer, "The filing says 2.8 million hours, not 3.");
        assertThat(banner().isVisible()).isFalse();
        // The page's own live updates (viewers) come a moment after it opened: drawn before the database goes.
        awaitEvents();
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();

        stopDatabase();
        long started = System.nanoTime();
        assertThatThrownBy(() -> claims.get(claimId))
                .as("a service call while the database is away")
                .satisfies(e -> assertThat(DatabaseFailures.unreachable(e))
                        .as("unreachable: %s", causes(e))
                        .isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));

        var save = _get(Button.class, spec -> spec.withText("Add note"));
        Throwable failure = catchFromClick(save);
        // What Vaadin does with a listener's exception: hands it to the session's error handler.
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        NotificationsKt.expectNotifications(DatabaseFailures.MESSAGE);
        assertThat(composer.getValue()).isEqualTo("The filing says 2.8 million hours, not 3.");
        awaitUi(() -> assertThat(banner().isVisible()).isTrue());
        assertThat(health.reachable()).isFalse();

        startDatabase();
        awaitUi(() -> assertThat(banner().isVisible()).isFalse());
        NotificationsKt.expectNotifications("Connection restored.");
        _click(save);
        assertThat(composer.getValue()).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("notes-panel"))
                        .getFirst()
                        .getElement()
                        .getOuterHTML())
                .contains("2.8 million hours");
    }

    @Test
    void the_api_answers_503_with_retry_after_and_public_pages_a_notice_and_the_log_has_one_line() throws Exception {
        signIn(user("outage-api", Role.FACT_CHECKER));
        String token = accessTokens
                .create(new NewAccessToken("outage", TokenScope.READ, 30))
                .secret();
        captureHealthLog();

        stopDatabase();
        var http = HttpClient.newHttpClient();
        for (int i = 0; i < 2; i++) {
            var api = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + "/api/v1/claims"))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(api.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(api.body()).contains("database-unavailable").doesNotContain("Exception");
        }
        var page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + "/published"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("Temporarily unavailable").doesNotContain("Exception");

        assertThat(healthLog.list)
                .as("one line for the outage, not one per request")
                .filteredOn(e -> e.getLevel().toString().equals("WARN"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getFormattedMessage()).contains("Can't reach the database");
                    assertThat(e.getThrowableProxy()).isNull();
                });
        startDatabase();
        await().atMost(Duration.ofSeconds(20)).until(health::reachable);
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + "/api/v1/claims"))
                                        .header("Authorization", "Bearer " + token)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void an_exhausted_pool_gives_the_same_message_keeps_the_vote_reason_and_logs_the_pool_state() throws Exception {
        login(user("outage-voter", Role.FACT_CHECKER));
        long claimId = newClaim("Claim voted on with a full pool");
        com.vaadin.flow.component.UI.getCurrent().navigate("claims/" + claimId);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Verdict> choice = _get(RadioButtonGroup.class, spec -> spec.withLabel("Your verdict"));
        _setValue(choice, Verdict.MOSTLY_FALSE);
        var reason = _get(TextField.class, spec -> spec.withLabel("Reason (optional, one line)"));
        _setValue(reason, "The filing counts the final run only");
        // The page's own live updates (viewers) come a moment after it opened: drawn before the pool fills.
        awaitEvents();
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        captureHealthLog();

        var pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < pool.getMaximumPoolSize()) {
                held.add(pool.getConnection());
            }
            Throwable failure = catchFromClick(_get(Button.class, spec -> spec.withText("Vote")));
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
            NotificationsKt.expectNotifications(DatabaseFailures.MESSAGE);
            assertThat(reason.getValue()).isEqualTo("The filing counts the final run only");
            assertThat(choice.getValue()).isEqualTo(Verdict.MOSTLY_FALSE);
            assertThat(healthLog.list)
                    .singleElement()
                    .satisfies(e -> assertThat(e.getFormattedMessage())
                            .contains("active=" + pool.getMaximumPoolSize())
                            .contains("idle=0")
                            .contains("waiting="));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(health::reachable);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("Vote")));
        NotificationsKt.expectNotifications("Your vote: Mostly false");
    }

    @Test
    void a_deleted_index_directory_is_recreated_and_rebuilt_while_search_says_so() throws Exception {
        login(user("outage-searcher", Role.FACT_CHECKER));
        String word = marker("outagesearch");
        newClaim("Claim about " + word);
        assertThat(search.results(word, SearchSort.RELEVANCE, 0, 10).total()).isEqualTo(1);

        // The rebuild waits at the claim table until the test lets it go, so its notice can be seen.
        try (Connection lock = dataSource.unwrap(HikariDataSource.class).getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table claim in access exclusive mode");
            deleteRecursively(INDEX);

            await().atMost(Duration.ofSeconds(10))
                    .pollInSameThread()
                    .until(() -> indexes.rebuildNotice().isPresent());
            com.vaadin.flow.component.UI.getCurrent().navigate("search", QueryParameters.of("q", word));
            assertThat(_get(SearchView.class).getElement().getOuterHTML())
                    .contains("The search index is being rebuilt (")
                    .contains("results may be incomplete");
            lock.rollback();
        }
        await().atMost(Duration.ofSeconds(20))
                .pollInSameThread()
                .untilAsserted(() -> assertThat(search.results(word, SearchSort.RELEVANCE, 0, 10)
                                .total())
                        .isEqualTo(1));
        await().atMost(Duration.ofSeconds(20))
                .pollInSameThread()
                .until(() -> indexes.rebuildNotice().isEmpty());
        assertThat(Files.exists(INDEX)).isTrue();
    }

    private static List<String> causes(Throwable e) {
        List<String> chain = new ArrayList<>();
        for (Throwable c = e; c != null; c = c.getCause()) {
            chain.add(c.getClass().getName() + ": " + c.getMessage());
        }
        return chain;
    }

    private void captureHealthLog() {
        healthLog.list.clear();
        healthLog.start();
        ((Logger) LoggerFactory.getLogger(DatabaseHealth.class)).addAppender(healthLog);
    }

    /** The banner, shown or not (Karibu's finders skip hidden components). */
    private static Component banner() {
        return descendants(com.vaadin.flow.component.UI.getCurrent())
                .filter(c -> c.getClassNames().contains("database-banner"))
                .map(Component.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static Stream<HasStyle> descendants(Component root) {
        return root.getChildren()
                .flatMap(c -> Stream.concat(
                        c instanceof HasStyle styled ? Stream.of(styled) : Stream.empty(), descendants(c)));
    }

    private static Throwable catchFromClick(Button button) {
        try {
            _click(button);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the click should have failed while the database is away");
    }

    private static void stopDatabase() {
        try {
            stopped = true;
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void startDatabase() {
        postgres = start(PORT);
        stopped = false;
    }

    private static EmbeddedPostgres start(int port) {
        try {
            var builder = EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false);
            return (port == 0 ? builder : builder.setPort(port)).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporary(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the folder as a person would, at once (moved away first, so the watch never sees it
     * half deleted), while Lucene may still be writing a file into it.
     */
    private static void deleteRecursively(Path folder) throws IOException {
        Path root = Files.move(folder, folder.resolveSibling(folder.getFileName() + "-deleted"));
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            return !Files.exists(root);
        });
    }
}
