package org.factline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.browser.Chromium;
import org.factline.claim.Verdict;
import org.factline.note.NoteService;
import org.factline.search.SearchHit;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.factline.user.AccessTokens;
import org.factline.user.NewAccessToken;
import org.factline.vote.VoteService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes of the cluster profile sharing one PostgreSQL and one OpenSearch index: node A is this
 * test's application context, node B a second JVM running the application (a second context in
 * this JVM would fight over Spring Security's global holder). A change made on either is found
 * on the other within seconds, and both nodes take part in the background indexing; a claim page
 * open in Chromium on B shows votes and notes made on A live; and (last) B killed under a browser
 * that came through the sample nginx configuration sends it to A's sign-in page.
 */
@ActiveProfiles({"test", "cluster"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterNodesTest extends AbstractIntegrationTest {

    private static final EmbeddedPostgres POSTGRES = ClusterEngines.postgres();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Process nodeB;
    private static int portB;

    private static Process balancer;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        ClusterEngines.properties(registry, POSTGRES, OpenSearchNode.get());
        registry.add("factline.node.name", () -> "a"); // in its session ids, for the balancer
        registry.add("server.forward-headers-strategy", () -> "native"); // behind it: its port in redirects
    }

    @LocalServerPort
    int portA;

    @Autowired
    ArticleImportService imports;

    @Autowired
    SearchService search;

    @Autowired
    AccessTokens accessTokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VoteService votes;

    @Autowired
    NoteService notes;

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final HttpClient http = HttpClient.newHttpClient();

    /** Node B starts once node A (this context) has migrated the database. */
    @BeforeAll
    static void startNodeB(@Autowired JdbcTemplate jdbc) throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class))
                .isPositive();
        try (var socket = new ServerSocket(0)) {
            portB = socket.getLocalPort();
        }
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                FactlineApplication.class.getName(),
                "--spring.profiles.active=test,cluster",
                "--server.port=" + portB,
                "--factline.data-dir=target/cluster-node-b",
                "--factline.node.name=b",
                "--server.forward-headers-strategy=native"));
        ClusterEngines.properties(POSTGRES, OpenSearchNode.get())
                .forEach((key, value) -> command.add("--" + key + "=" + value));
        long begin = System.nanoTime();
        nodeB = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/cluster-node-b.log"))
                .start();
        var client = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> {
                    assertThat(nodeB.isAlive())
                            .as("node B runs (target/cluster-node-b.log)")
                            .isTrue();
                    return client.send(
                                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portB + "/login"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                });
        System.out.printf("Node B answered after %d ms%n", (System.nanoTime() - begin) / 1_000_000);
    }

    @AfterAll
    static void stopNodeBAndPostgres() throws Exception {
        if (balancer != null) {
            balancer.destroy();
            balancer.waitFor(10, TimeUnit.SECONDS);
        }
        if (nodeB != null) {
            nodeB.destroy();
            if (!nodeB.waitFor(30, TimeUnit.SECONDS)) {
                nodeB.destroyForcibly();
            }
        }
        POSTGRES.close();
    }

    @Test
    void a_change_on_one_node_is_found_on_the_other() throws Exception {
        awaitBothNodesIndexing(); // before, a node joining pauses the indexing while the work is re-divided
        String checker = user("cluster-checker", Role.FACT_CHECKER);
        signIn(checker);
        String token = accessTokens
                .create(new NewAccessToken("cluster " + unique("token"), TokenScope.READ_WRITE, 30))
                .secret();
        String marker = marker("nodes");
        assertThat(searchOnB(token, marker)).isEmpty(); // B's first search warms it up, untimed

        long begin = System.nanoTime();
        long onA = imports.importPaste(
                        "Saved on A", marker + " The ferry timetable changed on Monday.", PasteFormat.TEXT)
                .articleId();
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> searchOnB(token, marker + " ferry").contains(onA));
        System.out.printf("A → B: searchable on B after %d ms%n", (System.nanoTime() - begin) / 1_000_000);

        var created = http.send(
                request("/api/v1/articles", token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of(
                                "title",
                                "Saved on B",
                                "content",
                                marker + " The bridge tolls rose in spring.",
                                "format",
                                "TEXT"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long onB = JSON.readTree(created.body()).path("articleId").asLong();
        begin = System.nanoTime();
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .pollInSameThread() // signed in on this thread
                .until(() -> search.results(marker + " tolls", SearchSort.RELEVANCE, 0, 10).hits().stream()
                        .map(SearchHit::id)
                        .toList()
                        .contains(onB));
        System.out.printf("B → A: searchable on A after %d ms%n", (System.nanoTime() - begin) / 1_000_000);
    }

    @Test
    void both_nodes_share_the_background_indexing() {
        awaitBothNodesIndexing();
    }

    /**
     * A claim page open in Debian's Chromium on node B; a vote and then a note made on node A
     * (this JVM, through the services) appear on it without a reload: LISTEN/NOTIFY from A's
     * publish to B's broadcaster and Vaadin push to the browser.
     */
    @Test
    void a_vote_and_a_note_on_A_appear_on_a_claim_page_open_on_B() throws Exception {
        String checker = user("cluster-voter", Role.FACT_CHECKER);
        String viewer = user("cluster-viewer", Role.FACT_CHECKER);
        signIn(checker);
        long claimId = newClaim("Cluster live claim");
        String base = "http://127.0.0.1:" + portB;
        Files.createDirectories(SCREENSHOTS);
        try (var playwright = Chromium.playwright();
                var browser = Chromium.launch(playwright);
                var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
            Page page = context.newPage();
            Chromium.signIn(page, base, viewer, TEST_PASSWORD);
            page.navigate(base + "/claims/" + claimId);
            assertThat(page.locator(".tally-figures")).containsText("No votes yet", firstDraw());
            page.evaluate("() => { window.factlineNotReloaded = true; }");
            var quick = new LocatorAssertions.ContainsTextOptions().setTimeout(2_000);

            long begin = System.nanoTime();
            votes.castVote(claimId, Verdict.MOSTLY_TRUE, null);
            assertThat(page.locator(".tally-figures")).containsText("Not enough votes yet (1 of 3 needed)", quick);
            System.out.printf(
                    "Vote on A shown in the browser on B after %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("cluster-b-sees-vote-from-a.png"))
                    .setFullPage(true));

            String words = marker("clusternote");
            begin = System.nanoTime();
            notes.post(claimId, "**Checked** on node A: " + words);
            assertThat(page.locator(".notes-panel")).containsText(words, quick);
            System.out.printf(
                    "Note on A shown in the browser on B after %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("cluster-b-sees-note-from-a.png"))
                    .setFullPage(true));
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.factlineNotReloaded === true"))
                    .as("the page was updated in place, not reloaded")
                    .isEqualTo(true);
        }
    }

    /**
     * Node B killed (SIGKILL) under a browser that reached it through the sample nginx
     * configuration: the balancer sends the browser to node A, which doesn't know its session,
     * and the browser lands on A's sign-in page saying the server was restarted; signed in again,
     * the vote cast before is there. Last: node B is gone afterwards.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void when_node_B_is_killed_its_browser_lands_on_A_and_the_saved_vote_is_kept() throws Exception {
        String checker = user("cluster-survivor", Role.FACT_CHECKER);
        signIn(checker);
        long claimId = newClaim("Cluster failover claim");
        votes.castVote(claimId, Verdict.FALSE, null);
        String base = startBalancer();
        Files.createDirectories(SCREENSHOTS);
        try (var playwright = Chromium.playwright();
                var browser = Chromium.launch(playwright)) {
            BrowserContext context = null;
            Page page = null;
            for (int i = 0; i < 6 && page == null; i++) { // the balancer gives a new browser either node
                var tried = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860));
                var opened = tried.newPage();
                Chromium.signIn(opened, base, checker, TEST_PASSWORD);
                if (tried.cookies().stream().anyMatch(c -> c.name.equals("JSESSIONID") && c.value.endsWith(".b"))) {
                    context = tried;
                    page = opened;
                } else {
                    tried.close();
                }
            }
            org.assertj.core.api.Assertions.assertThat(page)
                    .as("a browser signed in on node B")
                    .isNotNull();
            try {
                page.navigate(base + "/claims/" + claimId);
                assertThat(page.locator(".tally-figures")).containsText("1 of 3 needed", firstDraw());

                long begin = System.nanoTime();
                nodeB.destroyForcibly(); // SIGKILL
                nodeB.waitFor(30, TimeUnit.SECONDS);
                page.waitForURL(u -> u.contains("/login?restarted"), new Page.WaitForURLOptions().setTimeout(60_000));
                assertThat(page.locator(".login-notice")).containsText("The server was restarted", firstDraw());
                System.out.printf(
                        "Node B killed: its browser on A's sign-in page after %d ms%n",
                        (System.nanoTime() - begin) / 1_000_000);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("cluster-b-killed-restarted-on-a.png"))
                        .setFullPage(true));

                Chromium.signIn(page, base, checker, TEST_PASSWORD);
                org.assertj.core.api.Assertions.assertThat(context.cookies())
                        .anyMatch(c -> c.name.equals("JSESSIONID") && c.value.endsWith(".a"));
                page.navigate(base + "/claims/" + claimId);
                assertThat(page.locator(".tally-figures")).containsText("1 of 3 needed", firstDraw());
            } finally {
                context.close();
            }
        }
    }

    /** A page's first draw on a busy machine (a node's first claim page compiles a lot). */
    private static LocatorAssertions.ContainsTextOptions firstDraw() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    }

    /** Debian's nginx with docs/load-balancer/nginx.conf in front of A and B, on a free port. */
    private String startBalancer() throws Exception {
        Path dir = Path.of("target", "cluster-balancer");
        Files.createDirectories(dir.resolve("logs"));
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String conf = Files.readString(Path.of("docs/load-balancer/nginx.conf"))
                .replace("127.0.0.1:8081", "127.0.0.1:" + portA)
                .replace("127.0.0.1:8082", "127.0.0.1:" + portB)
                .replace("listen 8080;", "listen 127.0.0.1:" + port + ";")
                .replace(
                        "pid /tmp/factline-nginx.pid;",
                        "pid " + dir.toAbsolutePath().resolve("nginx.pid") + ";");
        Files.writeString(dir.resolve("nginx.conf"), conf);
        balancer = new ProcessBuilder(
                        "/usr/sbin/nginx",
                        "-p",
                        dir.toAbsolutePath().toString(),
                        "-c",
                        dir.toAbsolutePath().resolve("nginx.conf").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.log").toFile())
                .start();
        String base = "http://127.0.0.1:" + port;
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
        return base;
    }

    private void awaitBothNodesIndexing() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select assigned_shard_index from hsearch_agent where type ="
                                        + " 'EVENT_PROCESSING_DYNAMIC_SHARDING' and state = 'RUNNING'"
                                        + " and total_shard_count = 2",
                                Integer.class))
                        .as("each node processes its part of the outbox")
                        .containsExactlyInAnyOrder(0, 1));
    }

    private List<Long> searchOnB(String token, String query) throws IOException, InterruptedException {
        var response = http.send(
                request("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var ids = new ArrayList<Long>();
        JSON.readTree(response.body())
                .path("hits")
                .forEach(hit -> ids.add(hit.path("id").asLong()));
        return ids;
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portB + path))
                .header("Authorization", "Bearer " + token);
    }
}
