package org.factline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A signed-in tab left alone past the session timeout (here 6 s; heartbeats every 2 s keep nothing
 * alive) ends on the sign-in page saying why, and the person is really signed out: the app asks
 * for the password again.
 */
@Disabled("Work in progress: with vaadin.closeIdleSessions=true the tab is not yet sent to /login?idle=N within"
        + " 60 s (to find out: whether push or another request keeps the Vaadin session's last request time fresh)")
@TestPropertySource(
        properties = {"server.servlet.session.timeout=6s", "vaadin.heartbeatInterval=2", "vaadin.closeIdleSessions=true"
        })
class IdleSignOutBrowserTest extends AbstractBrowserTest {

    @Test
    void a_tab_left_alone_past_the_timeout_shows_the_sign_in_page_saying_why() {
        String checker = user("idle-checker", Role.FACT_CHECKER);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, checker, TEST_PASSWORD);
            page.navigate(url("/claims"));
            assertThat(page.locator("vaadin-app-layout")).isVisible();

            page.waitForURL(u -> u.contains("/login?idle="), new Page.WaitForURLOptions().setTimeout(60_000));
            assertThat(page.locator(".login-notice"))
                    .hasText(
                            "You were signed out after 1 minute without activity. Please sign in again.",
                            new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(page.locator("vaadin-login-form")).isVisible();
            shot(page, "idle-signed-out");

            page.navigate(url("/claims"));
            page.waitForURL(u -> u.contains("/login"));
            assertThat(page.url()).doesNotContain("/claims");
        }
    }
}
