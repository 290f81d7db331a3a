package org.factline.security;

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
import org.assertj.core.api.Assertions;
import org.factline.AbstractIntegrationTest;
import org.factline.security.AppRoles.Role;
import org.factline.user.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in over real HTTP against the running application: CSRF, messages, throttling, sessions. */
class LoginFlowTest extends AbstractIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService admin;

    @Autowired
    AuthenticationProvider passwordLogin;

    /**
     * Vaadin's defaults are kept: its own requests carry Vaadin's security key, the login POST is
     * exempt (Vaadin's login form can't send the token), and every other POST needs the token.
     */
    @Test
    void a_logout_post_without_csrf_token_is_refused() throws Exception {
        String name = user(unique("csrf"), Role.FACT_CHECKER);
        var browser = new Browser();
        browser.login(name, TEST_PASSWORD);

        var forged = browser.post("/logout", "");
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void correct_credentials_sign_in_and_wrong_ones_say_so() throws Exception {
        String name = user(unique("http"), Role.FACT_CHECKER);
        var browser = new Browser();
        assertThat(browser.login(name, "wrong-password")).endsWith("/login?error=credentials");
        assertThat(browser.login("nobody-" + name, "wrong-password")).endsWith("/login?error=credentials");

        assertThat(browser.login(name, TEST_PASSWORD)).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void a_disabled_account_is_told_so_only_with_the_right_password() throws Exception {
        String name = user(unique("disabled"), Role.FACT_CHECKER);
        disable(name);
        var browser = new Browser();
        assertThat(browser.login(name, "wrong-password")).endsWith("/login?error=credentials");
        assertThat(browser.login(name, TEST_PASSWORD)).endsWith("/login?error=disabled");
    }

    @Test
    void repeated_failures_pause_sign_in_for_that_account() throws Exception {
        String name = user(unique("throttled"), Role.FACT_CHECKER);
        var browser = new Browser();
        for (int i = 0; i < 5; i++) {
            browser.login(name, "wrong-password-" + i);
        }
        // Even the right password is refused now, with the reason and the wait.
        assertThat(browser.login(name, TEST_PASSWORD)).contains("/login?error=throttled&minutes=15");
    }

    @Test
    void repeated_failures_from_one_address_pause_every_account_from_it() {
        String victim = user(unique("ip-victim"), Role.FACT_CHECKER);
        var address = new WebAuthenticationDetails("198.51.100.23", null);
        for (int i = 0; i < 20; i++) {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated("guess-" + i, "wrong");
            attempt.setDetails(address);
            try {
                passwordLogin.authenticate(attempt);
            } catch (BadCredentialsException expected) {
                // counted
            }
        }
        var right = UsernamePasswordAuthenticationToken.unauthenticated(victim, TEST_PASSWORD);
        right.setDetails(address);
        Assertions.assertThatThrownBy(() -> passwordLogin.authenticate(right))
                .isInstanceOf(LoginThrottledException.class);

        var elsewhere = UsernamePasswordAuthenticationToken.unauthenticated(victim, TEST_PASSWORD);
        elsewhere.setDetails(new WebAuthenticationDetails("198.51.100.24", null));
        assertThat(passwordLogin.authenticate(elsewhere).isAuthenticated()).isTrue();
    }

    @Test
    void disabling_a_user_ends_their_open_session() throws Exception {
        String name = user(unique("kicked"), Role.FACT_CHECKER);
        var browser = new Browser();
        browser.login(name, TEST_PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        disable(name);

        var after = browser.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void remember_me_keeps_a_device_signed_in_across_sessions() throws Exception {
        String name = user(unique("remember"), Role.FACT_CHECKER);
        var browser = new Browser();
        browser.login(name, TEST_PASSWORD, "&remember-me=on");
        var cookie = browser.rememberMeCookie();

        var laterVisit = new Browser();
        laterVisit.cookies.getCookieStore().add(URI.create(laterVisit.base), cookie);
        assertThat(laterVisit.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void changing_ones_password_forgets_remembered_devices() throws Exception {
        String name = user(unique("forget"), Role.FACT_CHECKER);
        var device = new Browser();
        device.login(name, TEST_PASSWORD, "&remember-me=on");
        var cookie = device.rememberMeCookie();

        signIn(name);
        accountService.changePassword(TEST_PASSWORD, "otter-basalt-meadow-3", "otter-basalt-meadow-3");

        var laterVisit = new Browser();
        laterVisit.cookies.getCookieStore().add(URI.create(laterVisit.base), cookie);
        assertThat(laterVisit.get("/").statusCode()).isEqualTo(302);
        assertThat(device.get("/").statusCode()).as("the old session ended too").isEqualTo(302);
    }

    @Test
    void a_remembered_device_of_a_disabled_user_is_refused() throws Exception {
        String name = user(unique("forget-disabled"), Role.FACT_CHECKER);
        var device = new Browser();
        device.login(name, TEST_PASSWORD, "&remember-me=on");
        var cookie = device.rememberMeCookie();
        disable(name);

        var laterVisit = new Browser();
        laterVisit.cookies.getCookieStore().add(URI.create(laterVisit.base), cookie);
        assertThat(laterVisit.get("/").statusCode()).isEqualTo(302);
    }

    private void disable(String name) {
        signIn(ADMIN);
        var summary = admin.find(name, 0, 5, Sort.unsorted()).getFirst();
        admin.disable(summary.id(), summary.version());
    }

    /** A minimal browser: cookies, no automatic redirects, CSRF token from the login page. */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        final String base = "http://localhost:" + port;

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpCookie rememberMeCookie() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("remember-me"))
                    .findFirst()
                    .orElseThrow();
        }

        /** @return where the server sends the browser after the attempt */
        String login(String username, String password, String... extra) throws IOException, InterruptedException {
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
}
