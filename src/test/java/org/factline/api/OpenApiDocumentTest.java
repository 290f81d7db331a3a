package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description is served without sign-in, says how to authenticate, and documents
 * every API operation a controller declares (so a controller left out of the docs fails here).
 */
class OpenApiDocumentTest extends AbstractApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void the_description_is_openapi_3_with_bearer_security_and_every_declared_operation() throws Exception {
        var response = get("/v3/api-docs", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode doc = json(response);
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        JsonNode scheme = doc.path("components").path("securitySchemes").path("accessToken");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.path("security").get(0).has("accessToken")).isTrue();

        Set<String> declared = declaredOperations();
        Set<String> documented = new TreeSet<>();
        doc.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation ->
                                documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(declared)
                .as("operations of the /api/v1 controllers")
                .hasSizeGreaterThan(40)
                .contains("GET /api/v1/articles", "POST /api/v1/users", "GET /api/v1/search");
        assertThat(documented).containsAll(declared);
        assertThat(documented)
                .as("nothing but the API is described")
                .allSatisfy(op -> assertThat(op).contains(" /api/v1/"));
    }

    @Test
    void the_swagger_ui_opens_without_sign_in() throws Exception {
        var redirects = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        var page = redirects.send(
                request("/swagger-ui.html", null).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/swagger-ui/index.html");
        assertThat(page.body()).contains("swagger-ui");
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
        for (String asset : List.of("/swagger-ui/swagger-ui-bundle.js", "/swagger-ui/swagger-ui.css")) {
            assertThat(get(asset, null).statusCode())
                    .as("%s is served without Spring's resource chain", asset)
                    .isEqualTo(200);
        }
    }

    /** "METHOD /path" for every mapping of a controller under /api/v1, as Spring MVC routes them. */
    private Set<String> declaredOperations() {
        Set<String> operations = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/") && !pattern.equals("/api/v1")) {
                    continue;
                }
                assertThat(info.getMethodsCondition().getMethods())
                        .as("%s declares its HTTP method", method)
                        .isNotEmpty();
                info.getMethodsCondition().getMethods().forEach(m -> operations.add(m.name() + " " + pattern));
            }
        });
        return operations;
    }
}
