package org.factline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.search.SearchHit;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.factline.user.AccessTokens;
import org.factline.user.NewAccessToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes of the cluster profile sharing one PostgreSQL and one OpenSearch index: node A is this
 * test's application context, node B a second JVM running the application (a second context in
 * this JVM would fight over Spring Security's global holder). A change made on either is found
 * on the other within seconds, and both nodes take part in the background indexing.
 */
@ActiveProfiles({"test", "cluster"})
class ClusterNodesTest extends AbstractIntegrationTest {

    private static final EmbeddedPostgres POSTGRES = ClusterEngines.postgres();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Process nodeB;
    private static int portB;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        ClusterEngines.properties(registry, POSTGRES, OpenSearchNode.get());
    }

    @Autowired
    ArticleImportService imports;

    @Autowired
    SearchService search;

    @Autowired
    AccessTokens accessTokens;

    @Autowired
    JdbcTemplate jdbc;

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
                "--factline.data-dir=target/cluster-node-b"));
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
