package org.factline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleService;
import org.factline.article.MetadataEdit;
import org.factline.article.PasteFormat;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimantKind;
import org.factline.claim.ClaimantProfiles;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.note.EvidenceForm;
import org.factline.note.EvidenceService;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public pages as an anonymous reader's browser shows them, on a desktop and on a phone, in
 * light and dark: nothing unapproved is on them, and axe-core finds no serious or critical
 * accessibility problem. Screenshots go to target/screenshots/ (20-…).
 */
class PublicPagesBrowserTest extends AbstractBrowserTest {

    private static final String UNAPPROVED = "Unapproved draft about the canal tolls";

    @Autowired
    ArticleImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimantProfiles claimants;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ReviewService review;

    private String checker;
    private String editor;
    private static long verdictId;

    @BeforeEach
    void publishedWork() {
        checker = user("browser-pub-checker", Role.FACT_CHECKER);
        editor = user("browser-pub-editor", Role.EDITOR);
        if (verdictId != 0) {
            return;
        }
        long report = article(
                "Harbour authority reports record container traffic",
                "Coastal Herald",
                LocalDate.of(2025, 9, 14),
                "https://coastal-herald.example/harbour-traffic");
        long followUp = article(
                "Minister hails port growth in budget speech", "Evening Ledger", LocalDate.of(2025, 9, 20), null);
        signIn(checker);
        verdictId = claims.createFromPassage(
                        new NewClaim(
                                "The harbour handled twice as many containers this year as last year",
                                "Dana Whitlock",
                                LocalDate.of(2025, 9, 12),
                                Set.of()),
                        report,
                        "container traffic doubled",
                        -1)
                .id();
        claims.addAppearance(verdictId, followUp, "container traffic doubled", -1);
        var shown = evidence.add(
                verdictId,
                new EvidenceForm(
                        "Port statistics 2024–2025",
                        "https://port-statistics.example/annual",
                        "https://archive.example/port-statistics-annual",
                        SourceType.DATASET,
                        Stance.REFUTES,
                        "Throughput rose from 1.42 to 1.71 million TEU, an increase of 20 percent.",
                        "en",
                        null,
                        LocalDate.of(2025, 9, 25)),
                null);
        evidence.add(
                verdictId,
                new EvidenceForm(
                        "Call notes",
                        "https://notes.example/private-call",
                        null,
                        SourceType.OTHER,
                        Stance.SUPPORTS,
                        "Private note that must stay inside the team",
                        null,
                        null,
                        null),
                null);
        review.propose(verdictId, Verdict.MOSTLY_FALSE, "Traffic rose by a fifth, not a half: far from doubling.");
        signIn(editor);
        long id = claims.claimantIdByName("Dana Whitlock").orElseThrow();
        claimants.describe(
                id, claimants.get(id).version(), ClaimantKind.PERSON, List.of("https://people.example/dana-whitlock"));
        evidence.showPublicly(shown.id(), evidence.list(verdictId).getFirst().version(), true);
        review.approve(verdictId, claims.get(verdictId).summary().version());
        review.reopen(verdictId, claims.get(verdictId).summary().version());
        signIn(checker);
        review.propose(
                verdictId,
                Verdict.FALSE,
                "Traffic rose by 20 percent: the port's own statistics show it did not double.");
        signIn(editor);
        review.approve(verdictId, claims.get(verdictId).summary().version());

        for (int i = 0; i < 4; i++) {
            signIn(checker);
            long other = claims.create(new NewClaim(
                            List.of(
                                            "The new ferry line cut the crossing to forty minutes",
                                            "Fish landings at the harbour fell for a third year",
                                            "The lighthouse was built in 1871",
                                            "Half of the port's cranes are electric")
                                    .get(i),
                            i % 2 == 0 ? "Harbour Authority" : null,
                            LocalDate.of(2025, 8, 1 + i),
                            Set.of()))
                    .id();
            review.propose(other, Verdict.values()[i], "Checked against the authority's published figures.");
            signIn(editor);
            review.approve(other, claims.get(other).summary().version());
        }
        signIn(checker);
        long draft = claims.create(new NewClaim(UNAPPROVED, "Dana Whitlock", null, Set.of()))
                .id();
        review.propose(draft, Verdict.TRUE, "A proposal the editors have not decided on.");
        awaitEvents();
    }

    @Test
    void an_anonymous_reader_opens_the_index_and_a_verdict_on_a_desktop() {
        try (BrowserContext context = anonymous(1366, 900, ColorScheme.LIGHT)) {
            Page page = context.newPage();
            page.navigate(url("/published"));
            assertThat(page).hasTitle("Published verdicts · Factline");
            assertThat(page.locator("ol.verdict-list li").first()).isVisible();
            assertNothingUnapproved(page);
            accessible(page, "index, desktop");
            shot(page, "20-public-index-desktop");

            page.locator("ol.verdict-list a", new Page.LocatorOptions().setHasText("twice as many containers"))
                    .click();
            assertThat(page).hasURL(url("/published/claims/" + verdictId));
            assertThat(page.locator("h1")).containsText("twice as many containers");
            assertThat(page.locator(".verdict .rating")).hasText("False");
            assertThat(page.locator("section.evidence")).containsText("Port statistics 2024–2025");
            assertThat(page.locator("section.corrections")).containsText("Mostly false");
            assertNothingUnapproved(page);
            accessible(page, "verdict page, desktop");
            shot(page, "21-public-verdict-desktop");

            page.navigate(url("/published?q=canal+tolls"));
            assertThat(page.locator("main")).containsText("No published verdict matches");
            accessible(page, "empty search, desktop");

            page.navigate(url("/published/claims/abc"));
            assertThat(page.locator("h1")).hasText("Not a valid address");
            accessible(page, "error page, desktop");
            shot(page, "22-public-error-desktop");
        }
    }

    @Test
    void an_anonymous_reader_on_a_phone_in_dark_mode_reads_the_same_pages() {
        try (BrowserContext context = anonymous(390, 844, ColorScheme.DARK)) {
            Page page = context.newPage();
            page.navigate(url("/published"));
            assertNothingUnapproved(page);
            accessible(page, "index, phone, dark");
            shot(page, "23-public-index-phone-dark");

            page.navigate(url("/published/claims/" + verdictId));
            assertNothingUnapproved(page);
            Assertions.assertThat(
                            (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than the phone")
                    .isTrue();
            accessible(page, "verdict page, phone, dark");
            shot(page, "24-public-verdict-phone-dark");
        }
        try (BrowserContext context = anonymous(390, 844, ColorScheme.LIGHT)) {
            Page page = context.newPage();
            page.navigate(url("/published/claims/" + verdictId));
            accessible(page, "verdict page, phone, light");
            shot(page, "25-public-verdict-phone");
            page.navigate(url("/published/claims/987654321"));
            assertThat(page.locator("h1")).hasText("No published verdict");
            accessible(page, "not found, phone");
        }
    }

    private BrowserContext anonymous(int width, int height, ColorScheme scheme) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setColorScheme(scheme)
                .setJavaScriptEnabled(true));
    }

    private static void assertNothingUnapproved(Page page) {
        String text = page.content();
        Assertions.assertThat(text)
                .doesNotContain(UNAPPROVED)
                .doesNotContain("A proposal the editors have not decided on")
                .doesNotContain("Private note that must stay inside the team")
                .doesNotContain("notes.example")
                .doesNotContain("browser-pub-");
    }

    /** axe-core's serious and critical findings, with where they are, so a failure says what to fix. */
    private static void accessible(Page page, String what) {
        List<Rule> problems = new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                        .toList();
        Assertions.assertThat(problems)
                .as(
                        "%s: %s",
                        what,
                        problems.stream()
                                .map(r -> r.getId() + " (" + r.getHelp() + ") at "
                                        + r.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    private long article(String title, String publisher, LocalDate published, String url) {
        signIn(checker);
        long id = imports.importPaste(
                        title,
                        title + ". Officials said container traffic doubled compared with the year before.",
                        PasteFormat.TEXT)
                .articleId();
        articles.updateMetadata(
                id,
                articles.get(id).summary().version(),
                new MetadataEdit(title, null, publisher, published, "en", url));
        return id;
    }
}
