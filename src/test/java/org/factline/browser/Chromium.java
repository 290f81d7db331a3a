package org.factline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Debian's Chromium through Playwright, as the browser tests run it; also for tests outside this package. */
public final class Chromium {

    public static final String PATH = System.getProperty("factline.chromium", "/usr/bin/chromium");

    private Chromium() {}

    /** Playwright without a browser download. */
    public static Playwright playwright() {
        if (!Files.isExecutable(Paths.get(PATH))) {
            throw new IllegalStateException("Browser tests need Chromium at " + PATH
                    + " (apt-get install chromium, or set -Dfactline.chromium=PATH)");
        }
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** A headless Chromium. */
    public static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(PATH))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /**
     * Signs in through the login form at {@code base}/login and waits for the signed-in shell. On a
     * busy machine a sign-in can be lost (a click before the form is upgraded): tried again from a
     * fresh login page.
     */
    public static void signIn(Page page, String base, String username, String password) {
        var tries = new AtomicInteger();
        page.navigate(base + "/login");
        await().atMost(Duration.ofMinutes(3))
                .pollInSameThread() // Playwright's objects may only be used from the thread that made them
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptionsInstanceOf(PlaywrightException.class)
                .untilAsserted(() -> {
                    if (tries.getAndIncrement() > 0) {
                        page.navigate(base + "/login");
                    }
                    page.waitForFunction("() => customElements.get('vaadin-login-form') !== undefined"
                            + " && document.querySelector('vaadin-login-form') !== null");
                    page.locator("input[name=username]").fill(username);
                    page.locator("input[name=password]").fill(password);
                    page.locator("vaadin-button[slot=submit], button[slot=submit]")
                            .first()
                            .click();
                    page.waitForURL(u -> !u.contains("/login"), new Page.WaitForURLOptions().setTimeout(20_000));
                    assertThat(page.locator("vaadin-app-layout"))
                            .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
                });
    }
}
