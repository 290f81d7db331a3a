package org.factline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.claim.ClaimService;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.security.CspReports;
import org.factline.security.SecurityHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security headers on the wire, and the Content-Security-Policy in a real browser: the main
 * views (login, claims, a claim, articles, a reader, timeline, search, admin users, the public
 * verdict pages) run without a single violation, counted three ways: the page's {@code
 * securitypolicyviolation} events, the browser console, and the reports the app received at
 * {@code /csp-reports}. Content the policy forbids, injected into a page, is reported all three ways.
 * Behind a proxy ({@code server.forward-headers-strategy=native}) an HTTPS request gets HSTS and
 * Secure cookies.
 */
class ContentSecurityPolicyBrowserTest extends AbstractBrowserTest {

    private static final String LISTEN = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.__cspViolations.push(e.effectiveDirective + ' ' + e.blockedURI));";

    @Autowired
    CspReports reports;

    @Autowired
    ArticleImportService imports;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_main_views_run_without_a_csp_violation_and_injected_content_is_reported() throws Exception {
        String checker = user("csp-checker", Role.FACT_CHECKER);
        String editor = user("csp-editor", Role.EDITOR);
        String admin = user("csp-admin", Role.ADMIN);
        signIn(checker);
        long article = imports.importPaste(
                        "Harbour dredging report",
                        "The harbour was dredged to fourteen metres. Officials said the work cost 12 million.",
                        PasteFormat.TEXT)
                .articleId();
        long claim = newClaim("The harbour was dredged to fourteen metres");
        review.propose(claim, Verdict.TRUE, "The survey confirms the depth.");
        signIn(editor);
        review.approve(claim, claims.get(claim).summary().version());
        awaitEvents();
        long before = reports.received();

        List<String> violations = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            context.addInitScript(LISTEN);
            Page page = context.newPage();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    violations.add("console: " + m.text());
                }
            });
            page.navigate(url("/login"));
            page.waitForFunction("() => customElements.get('vaadin-login-form') !== undefined");
            collect(page, "/login", violations);
            signIn(page, checker, TEST_PASSWORD);
            for (String view : List.of(
                    "/claims",
                    "/claims/" + claim,
                    "/articles",
                    "/articles/" + article,
                    "/timeline",
                    "/search?q=harbour")) {
                visit(page, view, violations);
            }
            shot(page, "csp-search");
            page.navigate(url("/published"));
            collect(page, "/published", violations);
            page.navigate(url("/published/claims/" + claim));
            assertThat(page.locator("h1")).containsText("dredged");
            collect(page, "/published/claims/" + claim, violations);
        }
        try (BrowserContext context = browser.newContext()) {
            context.addInitScript(LISTEN);
            Page page = context.newPage();
            signIn(page, admin, TEST_PASSWORD);
            visit(page, "/admin/users", violations);
        }
        // reports travel on their own: give them time to arrive before counting none
        Thread.sleep(2000);
        assertThat(violations).isEmpty();
        assertThat(reports.received()).as("%s", reports.recent()).isEqualTo(before);

        // It can fail: a script from elsewhere in the app, an inline script on a public page.
        List<String> console = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            context.addInitScript(LISTEN);
            Page page = context.newPage();
            page.onConsoleMessage(m -> console.add(m.text()));
            signIn(page, checker, TEST_PASSWORD);
            visit(page, "/claims", new ArrayList<>());
            page.evaluate("() => { const s = document.createElement('script');"
                    + " s.src = 'https://scripts.invalid/steal.js'; document.head.appendChild(s); }");
            page.navigate(url("/published/claims/" + claim));
            page.evaluate("() => { const s = document.createElement('script');"
                    + " s.textContent = 'window.injected = true'; document.body.appendChild(s); }");
            page.waitForFunction("() => window.__cspViolations.length > 0");
            assertThat(page.evaluate("() => window.injected === true")).isEqualTo(false);
            assertThat((List<?>) page.evaluate("() => window.__cspViolations"))
                    .anySatisfy(v -> assertThat(v.toString()).startsWith("script-src"));
        }
        assertThat(console).anyMatch(text -> text.contains("Content Security Policy"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(reports.received()).isGreaterThanOrEqualTo(before + 2));
        assertThat(reports.recent())
                .anySatisfy(v -> {
                    assertThat(v.directive()).startsWith("script-src");
                    assertThat(v.blocked()).isEqualTo("https://scripts.invalid/steal.js");
                    assertThat(v.page()).endsWith("/claims");
                })
                .anySatisfy(v -> {
                    assertThat(v.blocked()).isEqualTo("inline");
                    assertThat(v.page()).contains("/published/claims/" + claim);
                });
    }

    @Test
    void every_answer_carries_the_security_headers_and_https_adds_hsts() throws Exception {
        var login = get("/login", false);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.APP_POLICY);
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).isPresent();
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(login.headers().allValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c)
                        .contains("HttpOnly")
                        .contains("SameSite=Lax")
                        .doesNotContain("Secure"));

        var published = get("/published", false);
        assertThat(published.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.PUBLIC_POLICY);
        // compressed when worth it (over 2 KB): the API description is large
        assertThat(get("/v3/api-docs", false).headers().firstValue("Content-Encoding"))
                .hasValue("gzip");

        var api = get("/api/v1/claims", false);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.DATA_POLICY);
        var health = get("/actuator/health", false);
        assertThat(health.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.DATA_POLICY);

        var secure = get("/login", true);
        assertThat(secure.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age="));
        assertThat(secure.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
    }

    @Test
    void the_report_endpoint_takes_anything_from_anyone_and_answers_nothing() throws Exception {
        long before = reports.received();
        for (String body : List.of(
                "{\"csp-report\":{\"document-uri\":\"http://x/claims?q=secret\",\"effective-directive\":\"img-src\","
                        + "\"blocked-uri\":\"https://img.invalid/a.png?token=t\"}}",
                "not json",
                "[{\"type\":\"csp-violation\",\"body\":{\"documentURL\":\"http://x/a\",\"effectiveDirective\":"
                        + "\"style-src-elem\",\"blockedURL\":\"inline\"}}]")) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(url(SecurityHeaders.REPORT_PATH)))
                            .header("Content-Type", "application/csp-report")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.body()).isEmpty();
        }
        assertThat(reports.received()).isEqualTo(before + 2);
        assertThat(reports.recent())
                .contains(new CspReports.Violation("http://x/claims", "img-src", "https://img.invalid/a.png"))
                .contains(new CspReports.Violation("http://x/a", "style-src-elem", "inline"));
        assertThat(get(SecurityHeaders.REPORT_PATH, false).statusCode()).isNotEqualTo(200);
    }

    private HttpResponse<String> get(String path, boolean https) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Encoding", "gzip");
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void visit(Page page, String path, List<String> violations) {
        page.navigate(url(path));
        assertThat(page.locator("vaadin-app-layout"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        collect(page, path, violations);
    }

    private static void collect(Page page, String path, List<String> violations) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        for (Object v : (List<?>) page.evaluate("() => window.__cspViolations || []")) {
            violations.add(path + ": " + v);
        }
    }
}
