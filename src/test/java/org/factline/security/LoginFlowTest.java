package org.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.assertj.core.api.Assertions;
import org.factline.AbstractIntegrationTest;
import org.factline.HttpBrowser;
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
        var browser = new HttpBrowser(port);
        browser.login(name, TEST_PASSWORD);

        var forged = browser.post("/logout", "");
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void correct_credentials_sign_in_and_wrong_ones_say_so() throws Exception {
        String name = user(unique("http"), Role.FACT_CHECKER);
        var browser = new HttpBrowser(port);
        assertThat(browser.login(name, "wrong-password")).endsWith("/login?error=credentials");
        assertThat(browser.login("nobody-" + name, "wrong-password")).endsWith("/login?error=credentials");

        assertThat(browser.login(name, TEST_PASSWORD)).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void a_disabled_account_is_told_so_only_with_the_right_password() throws Exception {
        String name = user(unique("disabled"), Role.FACT_CHECKER);
        disable(name);
        var browser = new HttpBrowser(port);
        assertThat(browser.login(name, "wrong-password")).endsWith("/login?error=credentials");
        assertThat(browser.login(name, TEST_PASSWORD)).endsWith("/login?error=disabled");
    }

    @Test
    void repeated_failures_pause_sign_in_for_that_account() throws Exception {
        String name = user(unique("throttled"), Role.FACT_CHECKER);
        var browser = new HttpBrowser(port);
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

    @Autowired
    LoginThrottle throttle;

    @Autowired
    org.factline.security.domain.LoginThrottleRepository throttleEntries;

    /** A crowd failing at once from one address: every failure counts, none ends in an error. */
    @Test
    void failures_from_one_address_at_the_same_moment_all_count() throws Exception {
        failAtOnce("198.51.100.77", 19);
        assertThat(throttleEntries
                        .findById("address:198.51.100.77")
                        .orElseThrow()
                        .getFailures())
                .as("one short of the address's limit of 20")
                .isEqualTo(19);
        assertThat(throttle.lockedFor("anyone", "198.51.100.77")).isEmpty();

        failAtOnce("198.51.100.78", 60); // every thread returns normally (before: optimistic-lock errors)
        assertThat(throttle.lockedFor("anyone", "198.51.100.78")).isPresent();
    }

    private void failAtOnce(String address, int crowd) throws Exception {
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(crowd)) {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < crowd; i++) {
                String name = unique("crowd-" + i);
                done.add(threads.submit(() -> {
                    start.await();
                    throttle.recordFailure(name, address);
                    return null;
                }));
            }
            start.countDown();
            for (var f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void disabling_a_user_ends_their_open_session() throws Exception {
        String name = user(unique("kicked"), Role.FACT_CHECKER);
        var browser = new HttpBrowser(port);
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
        var browser = new HttpBrowser(port);
        browser.login(name, TEST_PASSWORD, "&remember-me=on");
        var cookie = browser.rememberMeCookie();

        var laterVisit = new HttpBrowser(port);
        laterVisit.cookies.getCookieStore().add(URI.create(laterVisit.base()), cookie);
        assertThat(laterVisit.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void changing_ones_password_forgets_remembered_devices() throws Exception {
        String name = user(unique("forget"), Role.FACT_CHECKER);
        var device = new HttpBrowser(port);
        device.login(name, TEST_PASSWORD, "&remember-me=on");
        var cookie = device.rememberMeCookie();

        signIn(name);
        accountService.changePassword(TEST_PASSWORD, "otter-basalt-meadow-3", "otter-basalt-meadow-3");

        var laterVisit = new HttpBrowser(port);
        laterVisit.cookies.getCookieStore().add(URI.create(laterVisit.base()), cookie);
        assertThat(laterVisit.get("/").statusCode()).isEqualTo(302);
        assertThat(device.get("/").statusCode()).as("the old session ended too").isEqualTo(302);
    }

    @Test
    void a_remembered_device_of_a_disabled_user_is_refused() throws Exception {
        String name = user(unique("forget-disabled"), Role.FACT_CHECKER);
        var device = new HttpBrowser(port);
        device.login(name, TEST_PASSWORD, "&remember-me=on");
        var cookie = device.rememberMeCookie();
        disable(name);

        var laterVisit = new HttpBrowser(port);
        laterVisit.cookies.getCookieStore().add(URI.create(laterVisit.base()), cookie);
        assertThat(laterVisit.get("/").statusCode()).isEqualTo(302);
    }

    /**
     * An address that isn't a page answers like any page the person may not open: the app's
     * not-found view, never an empty 403 (a download in the browser, and a way to tell existing
     * admin pages from missing ones).
     */
    @Test
    void unknown_and_forbidden_addresses_look_alike_to_a_signed_in_user() throws Exception {
        String name = user(unique("unknown"), Role.FACT_CHECKER);
        var browser = new HttpBrowser(port);
        browser.login(name, TEST_PASSWORD);

        var known = browser.get("/claims");
        assertThat(known.statusCode()).isEqualTo(200);
        for (String path : java.util.List.of("/no-such-page", "/admin/nope", "/Claims", "/admin/users")) {
            var page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("text/html");
            assertThat(page.body()).as(path).contains("<body");
        }
    }

    private void disable(String name) {
        signIn(ADMIN);
        var summary = admin.find(name, 0, 5, Sort.unsorted()).getFirst();
        admin.disable(summary.id(), summary.version());
    }
}
