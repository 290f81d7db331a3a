package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Claims, votes and verdicts over the API, with the list's filters, ETags and problem details. */
class ClaimsApiTest extends AbstractApiTest {

    private String checker;
    private String editor;

    @BeforeEach
    void team() {
        checker = user("api-claims-checker", Role.FACT_CHECKER);
        editor = user("api-claims-editor", Role.EDITOR);
    }

    @Test
    void creates_lists_with_filters_and_pages_and_reads_a_claim_with_its_etag() throws Exception {
        String token = token(checker, TokenScope.READ_WRITE);
        String word = marker("harbour");
        for (int i = 0; i < 3; i++) {
            var created = send(
                    "POST",
                    "/api/v1/claims",
                    token,
                    "{\"text\":\"The " + word + " handled " + (i + 2) + " million containers.\","
                            + "\"claimant\":\"Port authority\",\"claimDate\":\"2025-03-0" + (i + 1) + "\","
                            + "\"tags\":[\"Shipping\"]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/claims/"));
        }

        var page1 = get("/api/v1/claims?q=" + word + "&tag=shipping&size=2", token);
        assertThat(page1.statusCode()).isEqualTo(200);
        assertThat(json(page1)).hasSize(2);
        assertThat(page1.headers().firstValue("X-Total-Count")).hasValue("3");
        String links = page1.headers().firstValue("Link").orElseThrow();
        assertThat(links)
                .contains("rel=\"next\"")
                .contains("page=2")
                .contains("q=" + word)
                .doesNotContain("http");
        var page2 = get("/api/v1/claims?q=" + word + "&tag=shipping&size=2&page=2", token);
        assertThat(json(page2)).hasSize(1);
        assertThat(get("/api/v1/claims?q=" + word + "&status=VERIFIED", token).body())
                .isEqualTo("[]");

        long id = json(page2).get(0).path("id").asLong();
        var one = get("/api/v1/claims/" + id, token);
        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode claim = json(one).path("summary");
        assertThat(claim.path("text").asString()).contains(word);
        assertThat(claim.path("claimant").asString()).isEqualTo("Port authority");
        assertThat(one.headers().firstValue("ETag"))
                .hasValue("\"" + claim.path("version").asLong() + "\"");
    }

    @Test
    void bad_requests_are_problems_with_field_errors() throws Exception {
        String token = token(checker, TokenScope.READ_WRITE);

        JsonNode blank = problem(send("POST", "/api/v1/claims", token, "{\"text\":\"  \"}"), 400);
        assertThat(blank.path("errors").get(0).path("field").asString()).isEqualTo("text");

        problem(send("POST", "/api/v1/claims", token, "{\"text\": "), 400);
        problem(get("/api/v1/claims?status=MAYBE", token), 400);
        problem(get("/api/v1/claims?size=1000", token), 400);
        problem(get("/api/v1/claims/987654321", token), 404);
        problem(get("/api/v1/claims/abc", token), 400);
        problem(get("/api/v1/nothing-here", token), 404);
        var wrongType = send(request("/api/v1/claims", token)
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("text"))
                .build());
        problem(wrongType, 415);
    }

    @Test
    void votes_and_a_verdict_go_through_with_if_match_and_a_stale_one_is_409() throws Exception {
        String checkerToken = token(checker, TokenScope.READ_WRITE);
        String editorToken = token(editor, TokenScope.READ_WRITE);
        var created =
                send("POST", "/api/v1/claims", checkerToken, "{\"text\":\"" + marker("Exports") + " rose by half.\"}");
        long id = json(created).path("id").asLong();

        var vote = send("PUT", "/api/v1/claims/" + id + "/vote", checkerToken, "{\"verdict\":\"MOSTLY_TRUE\"}");
        assertThat(vote.statusCode()).as(vote.body()).isEqualTo(200);
        assertThat(json(vote).path("tally").path("total").asInt()).isEqualTo(1);
        var changed = send("PUT", "/api/v1/claims/" + id + "/vote", checkerToken, "{\"verdict\":\"TRUE\"}");
        assertThat(json(changed).path("tally").path("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/v1/claims/" + id + "/votes", checkerToken))
                        .path("myVote")
                        .asString())
                .isEqualTo("TRUE");

        String before = get("/api/v1/claims/" + id, checkerToken)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        var proposed = send(
                "POST",
                "/api/v1/claims/" + id + "/verdicts",
                checkerToken,
                "{\"verdict\":\"TRUE\",\"summary\":\"Customs figures show the rise.\"}",
                before);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        String afterProposal = proposed.headers().firstValue("ETag").orElseThrow();
        assertThat(afterProposal).isNotEqualTo(before);

        JsonNode stale =
                problem(send("POST", "/api/v1/claims/" + id + "/verdicts/approve", editorToken, null, before), 409);
        assertThat(stale.path("type").asString()).endsWith("/stale-version");

        var approved = send("POST", "/api/v1/claims/" + id + "/verdicts/approve", editorToken, null, afterProposal);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json(get("/api/v1/claims/" + id, checkerToken))
                        .path("summary")
                        .path("verdict")
                        .asString())
                .isEqualTo("TRUE");
        problem(send("POST", "/api/v1/claims/" + id + "/verdicts/approve", editorToken, null, "\"x1\""), 400);
    }
}
