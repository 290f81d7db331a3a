package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The search box over the API: query language, highlights, facets, paging, and refused syntax. */
class SearchApiTest extends AbstractApiTest {

    private static String search(String query) {
        return "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void finds_with_the_query_language_highlights_the_words_and_counts_facets() throws Exception {
        String token = token(user("api-search-checker", Role.FACT_CHECKER), TokenScope.READ_WRITE);
        String marker = marker("tugboat");
        String[] said = {"fuel use halved", "crews doubled", "berths were added"};
        for (int i = 0; i < said.length; i++) {
            var created = send(
                    "POST",
                    "/api/v1/claims",
                    token,
                    "{\"text\":\"The " + marker + " fleet " + said[i] + ".\",\"tags\":[\"harbour\"],"
                            + "\"claimDate\":\"2025-03-0" + (i + 1) + "\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }

        var response = get(search(marker + " type:claim -crews") + "&sort=NEWEST&size=1", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("total").asLong()).isEqualTo(2);
        assertThat(body.path("totalExact").asBoolean()).isTrue();
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("2");
        assertThat(response.headers().firstValue("Link"))
                .hasValueSatisfying(l -> assertThat(l).contains("page=2").contains("rel=\"next\""));
        JsonNode hit = body.path("hits").get(0);
        assertThat(hit.path("type").asString()).isEqualTo("claim");
        assertThat(hit.path("titleHtml").asString())
                .contains("<mark>" + marker + "</mark>")
                .contains("berths");
        JsonNode typeFacet = facet(body, "TYPE");
        assertThat(typeFacet.path("values").get(0).path("value").asString()).isEqualTo("claim");
        assertThat(typeFacet.path("values").get(0).path("count").asLong()).isEqualTo(2);
        assertThat(facet(body, "TAG").path("values").get(0).path("value").asString())
                .isEqualTo("harbour");

        JsonNode second =
                json(get(search(marker + " type:claim -crews") + "&sort=NEWEST&size=1&page=2&facets=false", token));
        assertThat(second.path("hits")).hasSize(1);
        assertThat(second.path("hits").get(0).path("title").asString()).contains("fuel use halved");
        assertThat(second.path("facets")).isEmpty();
        assertThat(json(get(search(marker + " OR nothingelse") + "&sort=NEWEST", token))
                        .path("total")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void a_query_the_parser_would_read_differently_is_a_400_problem_unless_lenient() throws Exception {
        String token = token(user("api-search-syntax", Role.FACT_CHECKER), TokenScope.READ);

        JsonNode unclosed = problem(get(search("\"harbour pilots"), token), 400);
        assertThat(unclosed.path("type").asString()).endsWith("/invalid");
        assertThat(unclosed.path("errors").get(0).path("field").asString()).isEqualTo("q");
        assertThat(unclosed.path("detail").asString()).contains("closing quote");
        assertThat(problem(get(search("colour:red harbour"), token), 400)
                        .path("detail")
                        .asString())
                .contains("colour:");
        problem(get(search("harbour before:someday"), token), 400);
        problem(get("/api/v1/search", token), 400);
        problem(get(search("   "), token), 400);
        problem(get(search("harbour") + "&sort=SIDEWAYS", token), 400);
        assertThat(problem(get(search("harbour") + "&size=100&page=101", token), 400)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("page");

        var lenient = get(search("colour:red harbour") + "&strict=false", token);
        assertThat(lenient.statusCode()).as(lenient.body()).isEqualTo(200);
        assertThat(json(lenient).path("warnings").get(0).asString()).contains("colour:");
    }

    private static JsonNode facet(JsonNode body, String filter) {
        for (JsonNode facet : body.path("facets")) {
            if (facet.path("filter").asString().equals(filter)) {
                return facet;
            }
        }
        throw new AssertionError("No facet " + filter + " in " + body.path("facets"));
    }
}
