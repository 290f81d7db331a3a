package org.factline.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.factline.AbstractIntegrationTest;
import org.factline.security.TokenScope;
import org.factline.user.AccessTokens;
import org.factline.user.NewAccessToken;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API over real HTTP: tokens created through the profile's service, requests with the JDK
 * client, JSON read back with Jackson. Every test makes its own tokens, so rate limits (40 a
 * minute in tests) never carry over.
 */
abstract class AbstractApiTest extends AbstractIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccessTokens accessTokens;

    @Autowired
    protected JdbcTemplate jdbc;

    protected final HttpClient http = HttpClient.newHttpClient();

    /** A new token of {@code username}, who is left signed in on the test thread. */
    protected String token(String username, TokenScope scope) {
        signIn(username);
        return accessTokens
                .create(new NewAccessToken("test " + unique("token"), scope, 30))
                .secret();
    }

    protected HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        return send(request(path, token).GET().build());
    }

    protected HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable String json)
            throws IOException, InterruptedException {
        return send(method, path, token, json, null);
    }

    protected HttpResponse<String> send(
            String method, String path, @Nullable String token, @Nullable String json, @Nullable String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, token)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.build());
    }

    /** One part of a multipart/form-data body: a file when {@code fileName} is set. */
    protected record Part(String name, @Nullable String fileName, String contentType, byte[] bytes) {

        protected static Part file(String name, String fileName, String contentType, byte[] bytes) {
            return new Part(name, fileName, contentType, bytes);
        }

        protected static Part json(String name, String json) {
            return new Part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A multipart/form-data POST, as a browser or curl -F sends it. */
    protected HttpResponse<String> postMultipart(String path, @Nullable String token, Part... parts)
            throws IOException, InterruptedException {
        String boundary = "factline-test-" + unique("boundary");
        var body = new ByteArrayOutputStream();
        for (Part part : parts) {
            String disposition = "form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"");
            body.write(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: "
                            + part.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(part.bytes());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    protected HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    protected HttpRequest.Builder request(String path, @Nullable String token) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** The response's ETag, which it must have. */
    protected static String etag(HttpResponse<String> response) {
        return response.headers()
                .firstValue("ETag")
                .orElseThrow(() -> new AssertionError("No ETag: " + response.headers()));
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The response is a problem detail with that status. */
    protected static JsonNode problem(HttpResponse<String> response, int status) {
        org.assertj.core.api.Assertions.assertThat(response.statusCode())
                .as(response.body())
                .isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type ->
                        org.assertj.core.api.Assertions.assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json(response);
        org.assertj.core.api.Assertions.assertThat(body.path("status").asInt()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(body.path("detail").asString())
                .isNotBlank();
        return body;
    }
}
