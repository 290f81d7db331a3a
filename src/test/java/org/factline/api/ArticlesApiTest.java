package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.factline.article.ArticleFixtures;
import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

/** Articles over the API: imports of every kind, the list's filters, corrections, archiving, limits. */
class ArticlesApiTest extends AbstractApiTest {

    @Autowired
    private Environment environment;

    private String checker;
    private String editor;

    @BeforeEach
    void team() {
        checker = user("api-articles-checker", Role.FACT_CHECKER);
        editor = user("api-articles-editor", Role.EDITOR);
    }

    /** A short news story that only this test's articles contain (the marker is in every paragraph). */
    private static String story(String marker) {
        return "The " + marker + " harbour authority said on Monday that container traffic rose by a fifth"
                + " last year, the largest rise since the port was enlarged.\n\n"
                + "Officials of " + marker + " credited new cranes and a deeper channel, which let larger ships"
                + " call without waiting for the tide.\n\n"
                + "Shipping analysts cautioned that part of the " + marker + " increase came from cargo diverted"
                + " from a neighbouring port during a strike.";
    }

    private String pasteJson(String title, String content) {
        return JSON.createObjectNode()
                .put("title", title)
                .put("content", content)
                .put("format", "TEXT")
                .toString();
    }

    private long imported(String token, String marker) throws Exception {
        var response = send("POST", "/api/v1/articles", token, pasteJson(marker + " port traffic", story(marker)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("articleId").asLong();
    }

    @Test
    void pasted_text_is_imported_once_listed_with_the_filters_and_read_with_its_etag() throws Exception {
        String token = token(checker, TokenScope.READ_WRITE);
        String marker = marker("quayside");

        var created = send("POST", "/api/v1/articles", token, pasteJson(marker + " port traffic rises", story(marker)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode outcome = json(created);
        assertThat(outcome.path("status").asString()).isEqualTo("IMPORTED");
        long id = outcome.path("articleId").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/articles/" + id);

        var again = send("POST", "/api/v1/articles", token, pasteJson("The same story again", story(marker)));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).path("status").asString()).isEqualTo("DUPLICATE");
        assertThat(json(again).path("articleId").asLong()).isEqualTo(id);
        assertThat(again.headers().firstValue("Location")).hasValue("/api/v1/articles/" + id);

        var list = get("/api/v1/articles?q=" + marker + "&sort=-wordCount,title", token);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(json(list).get(0).path("title").asString()).isEqualTo(marker + " port traffic rises");
        assertThat(json(get("/api/v1/articles?q=" + marker + "&importedBy=" + checker, token)))
                .hasSize(1);
        assertThat(get("/api/v1/articles?q=" + marker + "&publisher=Nowhere+Gazette", token)
                        .body())
                .isEqualTo("[]");
        assertThat(problem(get("/api/v1/articles?sort=colour", token), 400)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("sort");

        var one = get("/api/v1/articles/" + id, token);
        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode article = json(one);
        assertThat(etag(one))
                .isEqualTo("\"" + article.path("summary").path("version").asLong() + "\"");
        assertThat(article.path("sentences")).hasSize(3);
        assertThat(article.path("summary").path("sourceKind").asString()).isEqualTo("PASTE");
    }

    @Test
    void metadata_is_corrected_with_if_match_and_a_stale_etag_is_a_409() throws Exception {
        String token = token(checker, TokenScope.READ_WRITE);
        String marker = marker("dredging");
        long id = imported(token, marker);
        String seen = etag(get("/api/v1/articles/" + id, token));
        String edit = """
                {"title":"%s channel deepened","byline":"Port desk","siteName":"%s Gazette",
                 "published":"2025-02-03","lang":"en"}""".formatted(marker, marker);

        var changed = send("PUT", "/api/v1/articles/" + id + "/metadata", token, edit, seen);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).path("siteName").asString()).isEqualTo(marker + " Gazette");
        assertThat(etag(changed)).isNotEqualTo(seen);
        assertThat(json(get("/api/v1/articles?publisher=" + marker + "+Gazette", token)))
                .hasSize(1);
        JsonNode stale = problem(send("PUT", "/api/v1/articles/" + id + "/metadata", token, edit, seen), 409);
        assertThat(stale.path("type").asString()).endsWith("/stale-version");
        JsonNode noTitle =
                problem(send("PUT", "/api/v1/articles/" + id + "/metadata", token, "{\"byline\":\"x\"}"), 400);
        assertThat(noTitle.path("errors").get(0).path("field").asString()).isEqualTo("title");
        JsonNode badLanguage = problem(
                send("PUT", "/api/v1/articles/" + id + "/metadata", token, "{\"title\":\"T\",\"lang\":\"english!\"}"),
                400);
        assertThat(badLanguage.path("errors").get(0).path("field").asString()).isEqualTo("lang");
    }

    @Test
    void a_page_is_imported_by_url_a_file_by_upload_and_a_failure_is_a_422_problem() throws Exception {
        String token = token(checker, TokenScope.READ_WRITE);
        String marker = marker("lighthouse");
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ArticleFixtures.serve(
                server,
                "/story",
                "text/html; charset=utf-8",
                "<!doctype html><html lang=\"en\"><head><title>" + marker + " lamp restored</title></head><body>"
                        + "<article><h1>" + marker + " lamp restored</h1><p>"
                        + story(marker).replace("\n\n", "</p><p>") + "</p></article></body></html>");
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            var byUrl = send("POST", "/api/v1/articles", token, "{\"url\":\"" + base + "/story\"}");
            assertThat(byUrl.statusCode()).as(byUrl.body()).isEqualTo(201);
            assertThat(json(byUrl).path("title").asString()).contains(marker);

            JsonNode failed =
                    problem(send("POST", "/api/v1/articles", token, "{\"url\":\"" + base + "/missing\"}"), 422);
            assertThat(failed.path("type").asString()).endsWith("/import-failed");
            assertThat(failed.path("item").asString()).isEqualTo(base + "/missing");
        } finally {
            server.stop(0);
        }

        String other = marker("beacon");
        var upload = postMultipart(
                "/api/v1/articles",
                token,
                Part.file("file", "beacon.txt", "text/plain", story(other).getBytes(StandardCharsets.UTF_8)));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        assertThat(json(upload).path("item").asString()).isEqualTo("beacon.txt");
        long uploaded = json(upload).path("articleId").asLong();
        assertThat(json(get("/api/v1/articles/" + uploaded, token))
                        .path("summary")
                        .path("sourceKind")
                        .asString())
                .isEqualTo("UPLOAD");

        assertThat(problem(postMultipart("/api/v1/articles", token, Part.json("other", "{}")), 400)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("file");
        assertThat(problem(send("POST", "/api/v1/articles", token, "{}"), 400)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("url");
        problem(
                send("POST", "/api/v1/articles", token, "{\"url\":\"https://example.org/a\",\"content\":\"text\"}"),
                400);
        problem(send("POST", "/api/v1/articles", token, "{\"content\":\"text\",\"format\":\"PDF\"}"), 400);
    }

    @Test
    void editors_archive_and_restore_an_article_and_fact_checkers_cannot() throws Exception {
        String checkerToken = token(checker, TokenScope.READ_WRITE);
        String editorToken = token(editor, TokenScope.READ_WRITE);
        String marker = marker("breakwater");
        long id = imported(checkerToken, marker);

        JsonNode refused = problem(send("POST", "/api/v1/articles/" + id + "/archive", checkerToken, null), 403);
        assertThat(refused.path("type").asString()).endsWith("/forbidden");

        String seen = etag(get("/api/v1/articles/" + id, editorToken));
        var archived = send("POST", "/api/v1/articles/" + id + "/archive", editorToken, null, seen);
        assertThat(archived.statusCode()).as(archived.body()).isEqualTo(200);
        assertThat(json(archived).path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(get("/api/v1/articles?q=" + marker, checkerToken).body()).isEqualTo("[]");
        assertThat(get("/api/v1/articles?q=" + marker + "&includeArchived=true", checkerToken)
                        .body())
                .isEqualTo("[]");
        assertThat(json(get("/api/v1/articles?q=" + marker + "&includeArchived=true", editorToken)))
                .hasSize(1);

        var restored = send("POST", "/api/v1/articles/" + id + "/restore", editorToken, null, etag(archived));
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(json(restored).path("status").asString()).isEqualTo("ACTIVE");
        assertThat(json(get("/api/v1/articles?q=" + marker, checkerToken))).hasSize(1);
    }

    @Test
    void an_upload_above_the_multipart_limit_is_a_413_problem() throws Exception {
        String token = token(checker, TokenScope.READ_WRITE);
        DataSize limit = DataSize.parse(environment.getRequiredProperty("spring.servlet.multipart.max-file-size"));
        assertThat(limit.toBytes())
                .as("the limit lets through what the import accepts")
                .isGreaterThanOrEqualTo(environment.getProperty("factline.import.max-bytes", Long.class, 20971520L));

        var tooLarge = postMultipart(
                "/api/v1/articles",
                token,
                Part.file("file", "huge.txt", "text/plain", new byte[(int) limit.toBytes() + 1]));

        JsonNode body = problem(tooLarge, 413);
        assertThat(body.path("type").asString()).endsWith("/http-413");
        assertThat(body.toString()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void a_claim_gets_another_appearance_in_an_article_passage() throws Exception {
        String token = token(checker, TokenScope.READ_WRITE);
        String marker = marker("pilotage");
        long articleId = imported(token, marker);
        var claim = send("POST", "/api/v1/claims", token, "{\"text\":\"" + marker + " traffic rose by a fifth.\"}");
        long claimId = json(claim).path("id").asLong();
        String passage = "container traffic rose by a fifth last year";
        String body = "{\"articleId\":" + articleId + ",\"text\":\"" + passage + "\"}";

        var added = send("POST", "/api/v1/claims/" + claimId + "/appearances", token, body);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/claims/" + claimId);
        assertThat(json(added).path("quote").asString()).contains(passage);
        JsonNode appearances = json(get("/api/v1/claims/" + claimId, token)).path("appearances");
        assertThat(appearances).hasSize(1);
        assertThat(appearances.get(0).path("articleId").asLong()).isEqualTo(articleId);
        assertThat(problem(send("POST", "/api/v1/claims/" + claimId + "/appearances", token, body), 400)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("selection");
        assertThat(problem(send("POST", "/api/v1/claims/" + claimId + "/appearances", token, "{\"text\":\"x\"}"), 400)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("articleId");
    }
}
