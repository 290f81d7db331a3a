package org.factline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A minimal browser over real HTTP for security tests: its own cookies, no automatic redirects,
 * the CSRF token taken from the sign-in page as a browser's form would.
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    public final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    public HttpBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    /** The client with this browser's cookies, for requests the helpers here don't make. */
    public HttpClient client() {
        return client;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpCookie rememberMeCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("remember-me"))
                .findFirst()
                .orElseThrow();
    }

    /** @return where the server sends the browser after the attempt */
    public String login(String username, String password, String... extra) throws IOException, InterruptedException {
        var page = get("/login").body();
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("login page carries a CSRF token").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(matcher.group(1))
                + String.join("", extra);
        var response = post("/login", form);
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
