package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Timeline events and suggestions over the API: drafts, the filters, publishing by editors only. */
class TimelineApiTest extends AbstractApiTest {

    private String checker;
    private String colleague;
    private String editor;

    @BeforeEach
    void team() {
        checker = user("api-timeline-checker", Role.FACT_CHECKER);
        colleague = user("api-timeline-colleague", Role.FACT_CHECKER);
        editor = user("api-timeline-editor", Role.EDITOR);
    }

    private String event(String title, long categoryId) {
        return """
                {"title":"%s","startDate":"2024-03-03","categoryId":%d,"side":"OTHER","importance":3,
                 "tags":["Ports"],"actors":["Harbour authority"],"description":"The *new* terminal opens."}""".formatted(title, categoryId);
    }

    @Test
    void a_draft_is_created_found_with_the_filters_and_published_by_an_editor_only() throws Exception {
        String token = token(checker, TokenScope.READ_WRITE);
        String editorToken = token(editor, TokenScope.READ_WRITE);
        String marker = marker("terminal");
        var categories = get("/api/v1/timeline/categories", token);
        assertThat(categories.statusCode()).as(categories.body()).isEqualTo(200);
        long category = json(categories).get(0).path("id").asLong();

        var created = send("POST", "/api/v1/timeline/events", token, event(marker + " terminal opens", category));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode draft = json(created);
        long id = draft.path("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/timeline/events/" + id);
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("tags").get(0).asString()).isEqualTo("ports");
        assertThat(draft.path("descriptionHtml").asString()).contains("<em>new</em>");

        assertThat(json(get("/api/v1/timeline/events?q=" + marker, token))).hasSize(1);
        assertThat(json(get("/api/v1/timeline/events?q=" + marker + "&category=" + category, token)))
                .hasSize(1);
        assertThat(json(get("/api/v1/timeline/events?q=" + marker + "&actor=harbour+authority", token)))
                .hasSize(1);
        assertThat(get("/api/v1/timeline/events?q=" + marker + "&side=US", token)
                        .body())
                .isEqualTo("[]");
        assertThat(get("/api/v1/timeline/events?q=" + marker + "&from=2024-04-01", token)
                        .body())
                .isEqualTo("[]");
        assertThat(get("/api/v1/timeline/events?q=" + marker + "&verified=true", token)
                        .body())
                .isEqualTo("[]");
        String colleagueToken = token(colleague, TokenScope.READ);
        problem(get("/api/v1/timeline/events/" + id, colleagueToken), 404);

        var edited = send(
                "PUT",
                "/api/v1/timeline/events/" + id,
                token,
                event(marker + " terminal opens early", category),
                etag(created));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

        JsonNode refused =
                problem(send("POST", "/api/v1/timeline/events/" + id + "/publish", token, null, etag(edited)), 403);
        assertThat(refused.path("type").asString()).endsWith("/forbidden");
        JsonNode stale = problem(
                send("POST", "/api/v1/timeline/events/" + id + "/publish", editorToken, null, etag(created)), 409);
        assertThat(stale.path("type").asString()).endsWith("/stale-version");
        var published = send("POST", "/api/v1/timeline/events/" + id + "/publish", editorToken, null, etag(edited));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(json(published).path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(json(published).path("publishedBy").asString()).isEqualTo(editor);
        assertThat(json(get("/api/v1/timeline/events/" + id, colleagueToken))
                        .path("title")
                        .asString())
                .isEqualTo(marker + " terminal opens early");

        JsonNode noCategory = problem(
                send("POST", "/api/v1/timeline/events", token, "{\"title\":\"x\",\"startDate\":\"2024-01-01\"}"), 400);
        assertThat(noCategory.path("errors").get(0).path("field").asString()).isEqualTo("categoryId");
        JsonNode badImportance = problem(
                send(
                        "POST",
                        "/api/v1/timeline/events",
                        token,
                        "{\"title\":\"x\",\"startDate\":\"2024-01-01\",\"categoryId\":" + category
                                + ",\"importance\":7}"),
                400);
        assertThat(badImportance.path("errors").get(0).path("field").asString()).isEqualTo("importance");
    }

    @Test
    void editors_accept_and_dismiss_suggestions_and_fact_checkers_cannot_see_them() throws Exception {
        String token = token(checker, TokenScope.READ_WRITE);
        String editorToken = token(editor, TokenScope.READ_WRITE);
        String marker = marker("slipway");
        String text = "A paragraph of background for readers, with no date in it at all.\n\n"
                + "On 12 June 2019 the shipyard launched its largest vessel so far (" + marker + ").\n\n"
                + "In August 2020, the yard announced the closure of its oldest slipway (" + marker + ").";
        var article = send(
                "POST",
                "/api/v1/articles",
                token,
                JSON.createObjectNode()
                        .put("title", marker + " yard history")
                        .put("content", text)
                        .put("format", "TEXT")
                        .toString());
        assertThat(article.statusCode()).as(article.body()).isEqualTo(201);
        long articleId = json(article).path("articleId").asLong();
        awaitEvents();

        assertThat(problem(get("/api/v1/timeline/suggestions", token), 403)
                        .path("type")
                        .asString())
                .endsWith("/forbidden");
        List<JsonNode> found = suggestionsMentioning(marker, editorToken);
        assertThat(found).hasSize(2);
        JsonNode launch = found.stream()
                .filter(s -> s.path("date").asString().equals("2019-06-12"))
                .findFirst()
                .orElseThrow();
        JsonNode closure = found.stream().filter(s -> s != launch).findFirst().orElseThrow();

        var form = get("/api/v1/timeline/suggestions/" + launch.path("id").asLong() + "/form", editorToken);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(json(form).path("articleIds").get(0).asLong()).isEqualTo(articleId);
        var accepted = send(
                "POST", "/api/v1/timeline/suggestions/" + launch.path("id").asLong() + "/accept", editorToken, null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(json(accepted).path("status").asString()).isEqualTo("DRAFT");
        assertThat(json(accepted).path("startDate").asString()).isEqualTo("2019-06-12");
        assertThat(json(accepted).path("articles").get(0).path("id").asLong()).isEqualTo(articleId);

        long closureId = closure.path("id").asLong();
        problem(send("POST", "/api/v1/timeline/suggestions/" + closureId + "/dismiss", token, null), 403);
        var dismissed = send("POST", "/api/v1/timeline/suggestions/" + closureId + "/dismiss", editorToken, null);
        assertThat(dismissed.statusCode()).isEqualTo(204);
        assertThat(suggestionsMentioning(marker, editorToken)).isEmpty();
        problem(send("POST", "/api/v1/timeline/suggestions/" + closureId + "/dismiss", editorToken, null), 400);
    }

    /** Every open suggestion whose sentence has the marker, through all pages of the list. */
    private List<JsonNode> suggestionsMentioning(String marker, String token) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (int page = 1; ; page++) {
            var response = get("/api/v1/timeline/suggestions?size=100&page=" + page, token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            json(response).forEach(s -> {
                if (s.path("sentence").asString().contains(marker)) {
                    found.add(s);
                }
            });
            long total = Long.parseLong(
                    response.headers().firstValue("X-Total-Count").orElseThrow());
            if ((long) page * 100 >= total) {
                return found;
            }
        }
    }
}
