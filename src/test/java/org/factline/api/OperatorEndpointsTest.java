package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.HttpBrowser;
import org.factline.search.SearchIndexService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.security.TokenScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Spring Boot Actuator over real HTTP, per kind of caller: anonymous, a fact-checker, an editor and
 * an admin signed in with the browser's session, and an admin's and a fact-checker's personal
 * access token. Health and info answer everyone (components and details for admins only); every
 * other endpoint answers admins only, 401 without a sign-in, 403 for anyone else. The result is held
 * against the "Operator endpoints" table of docs/routes-matrix.md (found: target/operator-endpoints.md),
 * and every endpoint the app exposes must be in it.
 */
class OperatorEndpointsTest extends AbstractApiTest {

    private static final Path DECLARED = Path.of("docs/routes-matrix.md");
    private static final Path FOUND = Path.of("target/operator-endpoints.md");
    static final String TABLE_HEAD =
            "| endpoint | anonymous | fact-checker | editor | admin | admin token | fact-checker token |";

    @Autowired
    SearchIndexService searchIndex;

    @Test
    void every_endpoint_answers_exactly_the_callers_the_table_declares() throws Exception {
        Map<String, Function<String, HttpResponse<String>>> callers = new LinkedHashMap<>();
        callers.put("anonymous", browserOf(new HttpBrowser(port)));
        callers.put("fact-checker", browserOf(signedIn(user("ops-checker", Role.FACT_CHECKER))));
        callers.put("editor", browserOf(signedIn(user("ops-editor", Role.EDITOR))));
        HttpBrowser admin = signedIn(user("ops-admin", Role.ADMIN));
        callers.put("admin", browserOf(admin));
        String adminToken = token(user("ops-admin", Role.ADMIN), TokenScope.READ);
        callers.put("admin token", path -> bearer(path, adminToken));
        String checkerToken = token(user("ops-checker", Role.FACT_CHECKER), TokenScope.READ_WRITE);
        callers.put("fact-checker token", path -> bearer(path, checkerToken));

        var found = new TreeMap<String, String>();
        for (String endpoint : exposedEndpoints(adminToken)) {
            var cells = new ArrayList<String>();
            for (var caller : callers.entrySet()) {
                cells.add(answer(caller.getValue().apply(endpoint), endpoint + " as " + caller.getKey()));
            }
            found.put(endpoint, "| GET `" + endpoint + "` | " + String.join(" | ", cells) + " |");
        }
        Files.createDirectories(FOUND.getParent());
        Files.writeString(
                FOUND, TABLE_HEAD + "\n|---|---|---|---|---|---|---|\n" + String.join("\n", found.values()) + "\n");

        Map<String, String> declared = Files.readAllLines(DECLARED).stream()
                .filter(l -> l.startsWith("| GET `"))
                .collect(Collectors.toMap(
                        l -> l.substring(7, l.indexOf('`', 7)), String::strip, (a, b) -> a, TreeMap::new));
        var problems = new ArrayList<String>();
        found.forEach((endpoint, row) -> {
            String expected = declared.get(endpoint);
            if (expected == null) {
                problems.add("not in the table: " + row);
            } else if (!expected.equals(row)) {
                problems.add("declared " + expected + " but the app answers " + row);
            }
        });
        declared.keySet().stream()
                .filter(e -> !found.containsKey(e))
                .forEach(e -> problems.add("in the table but not in the app: " + declared.get(e)));
        assertThat(problems)
                .as("docs/routes-matrix.md against the running app (found: target/operator-endpoints.md)")
                .isEmpty();
    }

    @Test
    void health_shows_the_status_to_everyone_and_the_components_to_admins() throws Exception {
        var anonymous = new HttpBrowser(port).get("/actuator/health/readiness");
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(200);
        JsonNode status = JSON.readTree(anonymous.body());
        assertThat(status.path("status").asString())
                .as(signedIn(user("ops-admin", Role.ADMIN))
                        .get("/actuator/health/readiness")
                        .body())
                .isEqualTo("UP");
        assertThat(status.has("components")).as("no components for the public").isFalse();

        var checker = signedIn(user("ops-checker", Role.FACT_CHECKER)).get("/actuator/health");
        assertThat(JSON.readTree(checker.body()).has("components")).isFalse();

        var admin = signedIn(user("ops-admin", Role.ADMIN));
        JsonNode readiness =
                JSON.readTree(admin.get("/actuator/health/readiness").body());
        assertThat(readiness.path("components").propertyNames())
                .containsExactlyInAnyOrder("readinessState", "db", "search", "searchIndex", "diskSpace");
        assertThat(readiness.at("/components/search/details/backend").asString())
                .isEqualTo("lucene");
        assertThat(readiness.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(readiness.at("/components/diskSpace/details/path").asString())
                .as("the data folder's disk")
                .isNotBlank();
        JsonNode liveness = JSON.readTree(admin.get("/actuator/health/liveness").body());
        assertThat(liveness.path("components").propertyNames()).containsExactly("livenessState");
    }

    @Test
    void a_rebuild_in_progress_makes_the_node_not_ready_until_it_is_done() throws Exception {
        var admin = signedIn(user("ops-admin", Role.ADMIN));
        boolean seen = false;
        // A rebuild of the test index takes a fraction of a second: try a few until one is caught running.
        for (int attempt = 0; attempt < 10 && !seen; attempt++) {
            var rebuild = SystemAuthentication.runAs("ops-admin", () -> searchIndex.rebuild());
            while (!rebuild.isDone()) {
                var readiness = admin.get("/actuator/health/readiness");
                JsonNode body = JSON.readTree(readiness.body());
                if ("OUT_OF_SERVICE"
                        .equals(body.at("/components/searchIndex/status").asString())) {
                    seen = true;
                    assertThat(readiness.statusCode()).isEqualTo(503);
                    assertThat(body.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
                    assertThat(body.at("/components/searchIndex/details/rebuild")
                                    .asString())
                            .isEqualTo("running");
                    assertThat(new HttpBrowser(port)
                                    .get("/actuator/health/readiness")
                                    .statusCode())
                            .as("the public sees the node is not ready too")
                            .isIn(200, 503);
                }
            }
            rebuild.join();
        }
        assertThat(seen).as("a readiness check during a rebuild").isTrue();
        var after = admin.get("/actuator/health/readiness");
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(JSON.readTree(after.body())
                        .at("/components/searchIndex/status")
                        .asString())
                .isEqualTo("UP");
        var liveness = new HttpBrowser(port).get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).as("alive all along").isEqualTo(200);
    }

    @Test
    void info_names_the_version_the_commit_and_the_build_time() throws Exception {
        var info = new HttpBrowser(port).get("/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(info.body());
        assertThat(body.at("/build/version").asString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(body.at("/build/time").asString()).isNotBlank();
        assertThat(body.at("/git/commit/id").asString())
                .as("built from a git checkout")
                .matches("[0-9a-f]{7,40}");
        assertThat(body.at("/java/version").asString()).startsWith("25");
    }

    @Test
    void an_admins_read_write_token_changes_a_log_level_and_a_read_token_may_not() throws Exception {
        String logger = "/actuator/loggers/org.factline.demo";
        String readToken = token(user("ops-admin", Role.ADMIN), TokenScope.READ);
        String writeToken = token(user("ops-admin", Role.ADMIN), TokenScope.READ_WRITE);
        var refused = post(logger, readToken, "{\"configuredLevel\":\"DEBUG\"}");
        assertThat(refused.statusCode()).as(refused.body()).isIn(403);
        var changed = post(logger, writeToken, "{\"configuredLevel\":\"DEBUG\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(JSON.readTree(bearer(logger, readToken).body())
                        .path("configuredLevel")
                        .asString())
                .isEqualTo("DEBUG");
        post(logger, writeToken, "{\"configuredLevel\":null}");
        var anonymous = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + logger))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"configuredLevel\":\"TRACE\"}"))
                .build());
        assertThat(anonymous.statusCode()).isIn(401, 403);
    }

    /** The endpoints the app exposes (its /actuator links), health groups as themselves. */
    private List<String> exposedEndpoints(String adminToken) {
        JsonNode links = JSON.readTree(bearer("/actuator", adminToken).body()).path("_links");
        var endpoints = new TreeSet<String>();
        endpoints.add("/actuator");
        for (String name : links.propertyNames()) {
            String href = links.path(name).path("href").asString();
            if (!href.contains("{")) {
                endpoints.add(URI.create(href).getPath());
            }
        }
        endpoints.add("/actuator/health/liveness");
        endpoints.add("/actuator/health/readiness");
        assertThat(endpoints).as("the actuator's links were read").contains("/actuator/prometheus");
        return List.copyOf(endpoints);
    }

    /** "yes" (answered), "401" (sign in first) or "403" (not for this caller); nothing else is expected. */
    private static String answer(HttpResponse<String> response, String what) {
        return switch (response.statusCode()) {
            case 200 -> "yes";
            case 401 -> "401";
            case 403 -> "403";
            default -> throw new AssertionError(what + ": " + response.statusCode() + " " + response.body());
        };
    }

    private HttpBrowser signedIn(String username) throws IOException, InterruptedException {
        var browser = new HttpBrowser(port);
        browser.login(username, TEST_PASSWORD);
        return browser;
    }

    private static Function<String, HttpResponse<String>> browserOf(HttpBrowser browser) {
        return path -> {
            try {
                return browser.get(path);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private HttpResponse<String> bearer(String path, String token) {
        try {
            return get(path, token);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return send("POST", path, token, json);
    }
}
