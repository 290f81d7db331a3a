package org.factline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.factline.article.ArticleFixtures;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleService;
import org.factline.article.ImportJobDriver;
import org.factline.article.PasteFormat;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.demo.DemoTimelineFixture;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real thing in Debian's Chromium: sign in through the Vaadin login form, land on the
 * dashboard, open the admin screens, and check the phone layout. Screenshots go to
 * target/screenshots/. Chromium is started once for the class.
 */
class BrowserSmokeTest extends AbstractBrowserTest {

    @Autowired
    ArticleImportService imports;

    @Autowired
    ClaimService claims;

    @Autowired
    TimelineService timeline;

    @Autowired
    TimelineCategories timelineCategories;

    @Autowired
    ArticleService articles;

    @Autowired
    org.factline.review.ReviewService review;

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @Test
    void admin_signs_in_and_manages_users() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertThat(page).hasURL(url("/login"));
            shot(page, "01-login");

            page.locator("input[name=username]").fill(ADMIN);
            page.locator("input[name=password]").fill("not-the-password");
            page.locator("vaadin-button[slot=submit], button[slot=submit]")
                    .first()
                    .click();
            assertThat(page.getByText("Incorrect username or password")).isVisible();
            shot(page, "02-login-error");

            signIn(page, ADMIN, ADMIN_PASSWORD);
            assertThat(page.getByText("Welcome, Administrator")).isVisible();
            shot(page, "03-dashboard");

            navItem(page, "Users").click();
            assertThat(page).hasURL(url("/admin/users"));
            assertThat(page.locator("vaadin-grid")).isVisible();
            assertThat(page.getByText("Administrator").first()).isVisible();
            shot(page, "04-users");

            navItem(page, "Audit log").click();
            assertThat(page.getByText("signed in").first()).isVisible();
            shot(page, "05-audit-log");

            navItem(page, "Publishing").click();
            assertThat(page).hasURL(url("/admin/publishing"));
            assertThat(page.getByText("Show the approving editor's name on public pages"))
                    .isVisible();
            shot(page, "05a-publishing-settings");
        }
    }

    @Test
    void a_fact_checker_on_a_phone_sees_the_compact_shell_without_admin() {
        String name = user("browser-checker", Role.FACT_CHECKER);
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, name, TEST_PASSWORD);
            assertThat(page.getByText("Welcome, Test " + name)).isVisible();
            page.locator("vaadin-drawer-toggle").click();
            assertThat(navItem(page, "Claims")).isVisible();
            assertThat(navItem(page, "Users")).hasCount(0);
            // the drawer may still be sliding in: the picture shows it where it comes to rest
            page.screenshot(screenshot("06-phone-nav").setAnimations(ScreenshotAnimations.DISABLED));
        }
    }

    @Test
    void a_fact_checker_uploads_a_page_and_reads_it() throws Exception {
        String name = user("browser-importer", Role.FACT_CHECKER);
        String title = "Browser upload " + System.nanoTime();
        Path file = Files.createTempFile("story", ".html");
        Files.writeString(
                file,
                ArticleFixtures.NEWS_PAGE
                        .replace("Commerce tightens chip export rules", title)
                        .replace("tech/chip-rules", "tech/browser-" + System.nanoTime())
                        .replace("on Tuesday", "on Tuesday " + System.nanoTime()));
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, name, TEST_PASSWORD);
            navItem(page, "Articles").click();
            assertThat(page).hasURL(url("/articles"));
            shot(page, "07-articles");
            page.locator(".view-toolbar vaadin-button").first().click();
            page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Upload files"))
                    .click();
            page.locator("vaadin-upload input[type=file]").setInputFiles(file);
            assertThat(page.locator(".import-started")).containsText("Import started");
            shot(page, "08-import-upload");

            // the upload is a job now: the worker (its schedule is off in tests) takes it, and the
            // job's page, open meanwhile, shows the item done with its article
            page.locator(".import-started-link").click();
            assertThat(page).hasURL(Pattern.compile(".*/imports/\\d+$"));
            ImportJobDriver.workAll(applicationContext);
            assertThat(page.locator(".import-article-link")).isVisible();
            shot(page, "08a-import-job");
            page.locator(".import-article-link").click();
            assertThat(page.locator("h1.reader-title")).hasText(title);
            assertThat(page.locator(".reader-body")).containsText("widened its controls on advanced computing chips");
            assertThat(page.locator(".reader-body")).not().containsText("Skip to main content");
            shot(page, "09-reader");

            // an address whose article isn't there says so, with a way back
            page.navigate(url("/articles/" + Long.MAX_VALUE));
            assertThat(page.locator("body")).containsText("This article no longer exists.");
            assertThat(page.locator("a", new Page.LocatorOptions().setHasText("All articles")))
                    .isVisible();
            shot(page, "09a-article-not-found");
        }
    }

    @Test
    void a_fact_checker_selects_a_passage_makes_it_a_claim_and_votes() {
        String name = user("browser-claimer", Role.FACT_CHECKER);
        String marker = "Marker" + System.nanoTime();
        long articleId = SystemAuthentication.runAs(
                        name,
                        () -> imports.importPaste(
                                "Licence story " + marker,
                                "Officials said exports of the accelerator would need a licence from April onwards. "
                                        + marker + " The company expected a large charge as a result of the decision.",
                                PasteFormat.TEXT))
                .articleId();
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, name, TEST_PASSWORD);
            assertThat(page.getByText("Welcome, Test " + name)).isVisible();
            page.navigate(url("/articles/" + articleId));
            assertThat(page.locator(".reader-body")).containsText("would need a licence");
            page.evaluate("() => { const p = document.querySelector('.reader-body p'); const t = p.firstChild;"
                    + " const start = t.textContent.indexOf('exports of'); const end = t.textContent.indexOf(' from April');"
                    + " const r = document.createRange(); r.setStart(t, start); r.setEnd(t, end);"
                    + " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); }");
            page.locator("vaadin-button.create-claim").click();
            assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog").getByText("Claim from this passage"))
                    .isVisible();
            assertThat(page.locator(".claim-quote")).hasText("exports of the accelerator would need a licence");
            shot(page, "10-claim-from-selection");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create claim"))
                    .last()
                    .click();
            page.waitForURL(u -> u.contains("/claims/"));

            // A teammate has the same claim open in another browser: the vote reaches them live.
            String teammate = user("browser-teammate", Role.FACT_CHECKER);
            try (var other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
                Page theirs = other.newPage();
                theirs.navigate(url("/login"));
                signIn(theirs, teammate, TEST_PASSWORD);
                assertThat(theirs.getByText("Welcome, Test " + teammate)).isVisible();
                theirs.navigate(page.url());
                assertThat(theirs.locator(".tally-figures")).containsText("No votes yet");

                page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Mostly true"))
                        .click();
                page.locator(".vote-panel vaadin-button").click();
                assertThat(page.locator(".tally-figures")).containsText("Not enough votes yet (1 of 3 needed)");
                shot(page, "11-claim-vote");

                assertThat(theirs.locator(".tally-figures")).containsText("Not enough votes yet (1 of 3 needed)");
                shot(theirs, "12-teammate-sees-vote-live");
            }

            // A fact-check note with Markdown, then a proposed verdict for the editors.
            page.locator(".notes-panel .note-editor textarea").last().fill("**Source**: the licence notice " + marker);
            page.locator(".notes-panel vaadin-button", new Page.LocatorOptions().setHasText("Add note"))
                    .click();
            assertThat(page.locator(".note-thread strong").first()).hasText("Source");
            page.locator(".propose-form vaadin-select").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Mostly true"))
                    .click();
            page.locator(".propose-form textarea").fill("The notice confirms the licence rule; the date differs.");
            page.locator(".propose-form vaadin-button").click();
            assertThat(page.locator(".review-panel .verdict-box").first()).containsText("Proposed by");
            shot(page, "12a-note-and-proposal");
            String claimUrl = page.url();

            // An editor (not the proposer: four-eyes rule) approves it.
            String editor = user("browser-approver", Role.EDITOR);
            try (var other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
                Page theirs = other.newPage();
                theirs.navigate(url("/login"));
                signIn(theirs, editor, TEST_PASSWORD);
                theirs.navigate(claimUrl);
                theirs.locator(".decide-form vaadin-button", new Page.LocatorOptions().setHasText("Approve verdict"))
                        .click();
                assertThat(theirs.getByText("Verdict approved.")).isVisible();
                assertThat(theirs.locator(".verdict-box").first()).containsText("Mostly true");
                shot(theirs, "12b-editor-approved");
            }
        }
    }

    @Test
    void a_fact_checker_finds_an_article_and_a_claim_from_the_header_box() {
        String name = user("browser-searcher", Role.FACT_CHECKER);
        String marker = marker("zq");
        SystemAuthentication.runAs(name, () -> {
            imports.importPaste(
                    "Tariff ruling on accelerators " + marker,
                    marker + " The trade court upheld tariffs on imported accelerators and memory modules.",
                    PasteFormat.TEXT);
            return claims.create(new NewClaim(
                    marker + " Tariffs on accelerators were upheld by the trade court",
                    "Trade court",
                    null,
                    Set.of("tariffs")));
        });
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, name, TEST_PASSWORD);
            var box = page.locator(".global-search input");
            box.fill(marker + " tarif");
            assertThat(page.locator(".search-suggestions a").first()).isVisible();
            shot(page, "13-search-suggestions");
            box.press("Enter");
            page.waitForURL(u -> u.contains("/search?q="));
            assertThat(page.locator(".search-hit")).hasCount(2);
            assertThat(page.locator(".search-hit mark").first()).isVisible();
            shot(page, "14-search-results");
            page.locator(".search-facet vaadin-button", new Page.LocatorOptions().setHasText("Claim"))
                    .click();
            assertThat(page.locator(".search-hit")).hasCount(1);
            assertThat(page.locator(".search-chip")).containsText("type: claim");
            shot(page, "15-search-filtered");
        }
    }

    @Test
    void the_visual_timeline_draws_the_demo_events_and_a_filter_narrows_it() {
        String editor = user("browser-timeline-editor", Role.EDITOR);
        DemoTimelineFixture.load(timeline, timelineCategories, articles, claims);
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, editor, TEST_PASSWORD);
            page.navigate(url("/timeline?from=2022-01-01&to=2025-12-31"));
            var demo = page.locator(".tl-event", new Page.LocatorOptions().setHasText("DeepSeek releases R1"));
            assertThat(demo).isVisible();
            int all = page.locator(".tl-event").count();
            Assertions.assertThat(all).isGreaterThanOrEqualTo(34);
            assertThat(page.locator(".tl-lane-label").first()).isVisible();
            shot(page, "16-timeline");
            page.locator(".tl-filters vaadin-select").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("China"))
                    .click();
            page.waitForURL(u -> u.contains("side=china"));
            assertThat(demo).isVisible();
            assertThat(page.locator(".tl-event", new Page.LocatorOptions().setHasText("OpenAI releases GPT-4")))
                    .hasCount(0);
            Assertions.assertThat(page.locator(".tl-event").count()).isLessThan(all);
            shot(page, "17-timeline-filtered");
            demo.first().click();
            page.waitForURL(u -> u.contains("/timeline/events/"));
            assertThat(page.locator("h1.event-title")).hasText("DeepSeek releases R1");
            shot(page, "18-timeline-event");
        }
    }

    @Test
    void the_claimant_page_draws_the_verdict_record_and_claims_by_month() {
        String checker = user("browser-chart-checker", Role.FACT_CHECKER);
        String editor = user("browser-chart-editor", Role.EDITOR);
        String name = "Port Authority " + marker("ch");
        signIn(checker);
        var verdicts = List.of(
                org.factline.claim.Verdict.TRUE,
                org.factline.claim.Verdict.TRUE,
                org.factline.claim.Verdict.MOSTLY_TRUE,
                org.factline.claim.Verdict.MIXED,
                org.factline.claim.Verdict.FALSE);
        var ids = new java.util.ArrayList<Long>();
        for (int i = 0; i < verdicts.size(); i++) {
            long id = claims.create(new NewClaim(
                            "Container traffic claim " + i + " by " + name,
                            name,
                            java.time.LocalDate.of(2025, 1 + 2 * i, 10),
                            Set.of()))
                    .id();
            review.propose(id, verdicts.get(i), "The port's published statistics settle it.");
            ids.add(id);
        }
        claims.create(new NewClaim("An open claim by " + name, name, java.time.LocalDate.of(2025, 3, 1), Set.of()));
        signIn(editor);
        ids.forEach(id -> review.approve(id, claims.get(id).summary().version()));
        long claimantId = claims.claimantIdByName(name).orElseThrow();
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, editor, TEST_PASSWORD);
            page.navigate(url("/claimants/" + claimantId));
            assertThat(page.locator("h1")).hasText(name);
            var record = page.locator(".verdict-record");
            assertThat(record).isVisible();
            assertThat(record)
                    .hasAttribute(
                            "aria-label",
                            java.util.regex.Pattern.compile(".*True 2, Mostly true 1, Mixed 1.*False 1.*"));
            assertThat(page.locator(".verdict-record-row[data-verdict=TRUE] .verdict-record-count"))
                    .hasText("2");
            Assertions.assertThat(page.locator(".verdict-record-row[data-verdict=TRUE] .verdict-record-bar")
                            .boundingBox()
                            .width)
                    .as("the longest bar is wider than the one-claim bars")
                    .isGreaterThan(page.locator(".verdict-record-row[data-verdict=MIXED] .verdict-record-bar")
                                    .boundingBox()
                                    .width
                            * 1.5);
            assertThat(page.locator(".claims-by-month-column")).hasCount(9);
            Assertions.assertThat(page.locator(".claims-by-month-column[data-month='2025-03']")
                            .boundingBox()
                            .height)
                    .isGreaterThan(page.locator(".claims-by-month-column[data-month='2025-01']")
                            .boundingBox()
                            .height);
            shot(page, "27-claimant-charts");
        }
    }

    @Test
    void a_verified_claim_is_public_and_a_token_made_on_the_profile_lists_claims() throws Exception {
        String checker = user("browser-publish-checker", Role.FACT_CHECKER);
        String editor = user("browser-publish-editor", Role.EDITOR);
        String text = "Chip imports " + marker("pub") + " fell by a third in the first quarter.";
        signIn(checker);
        long claimId = claims.create(new NewClaim(text, "Trade ministry", java.time.LocalDate.of(2025, 4, 2), Set.of()))
                .id();
        review.propose(claimId, org.factline.claim.Verdict.MOSTLY_FALSE, "Customs data show a fall of a tenth.");
        signIn(editor);
        review.approve(claimId, claims.get(claimId).summary().version());

        // Anyone, signed in or not, reads the verdict card with its ClaimReview.
        try (var anonymous = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
            Page page = anonymous.newPage();
            page.navigate(url("/published/claims/" + claimId));
            assertThat(page.locator("h1")).containsText("Chip imports");
            assertThat(page.getByText("Mostly false").first()).isVisible();
            Assertions.assertThat(
                            page.locator("script[type='application/ld+json']").textContent())
                    .contains("ClaimReview")
                    .contains("Mostly false");
            shot(page, "26-public-verdict-journey");
            var feed = anonymous.request().get(url("/published/claimreview.json"));
            Assertions.assertThat(feed.status()).isEqualTo(200);
            Assertions.assertThat(feed.text()).contains(text);
        }

        // The editor makes a token on the profile page and lists claims with it, as curl would.
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, editor, TEST_PASSWORD);
            page.navigate(url("/account/profile"));
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New token"))
                    .click();
            page.locator("vaadin-dialog-overlay vaadin-text-field input, vaadin-dialog vaadin-text-field input")
                    .first()
                    .fill("Newsroom CMS");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create token"))
                    .click();
            Locator secretField = page.locator("vaadin-text-field.new-access-token input");
            assertThat(secretField).hasValue(java.util.regex.Pattern.compile("flt_.+"));
            shot(page, "27-token-shown-once");
            String secret = secretField.inputValue();
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Done"))
                    .click();
            assertThat(page.locator(".access-tokens vaadin-grid")).containsText("Newsroom CMS");
            shot(page, "28-profile-tokens");

            var response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create(url("/api/v1/claims?status=VERIFIED&size=100")))
                                    .header("Authorization", "Bearer " + secret)
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            Assertions.assertThat(response.statusCode()).isEqualTo(200);
            Assertions.assertThat(response.body()).contains(text);
        }
    }

    private static Locator navItem(Page page, String label) {
        return page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(label));
    }
}
