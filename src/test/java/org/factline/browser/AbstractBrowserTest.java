package org.factline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.factline.AbstractIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser tests' Debian Chromium, driven by Playwright (no browser is downloaded): started once
 * per class, with screenshots under target/screenshots/.
 */
abstract class AbstractBrowserTest extends AbstractIntegrationTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final String CHROMIUM = Chromium.PATH;

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        playwright = Chromium.playwright();
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Signs in through the login form, tried again from a fresh form on a busy machine ({@link Chromium#signIn}). */
    void signIn(Page page, String username, String password) {
        Chromium.signIn(page, url(""), username, password);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static void shot(Page page, String name) {
        page.screenshot(screenshot(name));
    }

    static Page.ScreenshotOptions screenshot(String name) {
        return new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true);
    }
}
