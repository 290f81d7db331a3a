package org.factline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleService;
import org.factline.article.MetadataEdit;
import org.factline.article.PasteFormat;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.note.EvidenceForm;
import org.factline.note.EvidenceService;
import org.factline.note.NoteService;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.factline.publish.PublishingSettings;
import org.factline.publish.PublishingSettingsForm;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.timeline.DatePrecision;
import org.factline.timeline.EventForm;
import org.factline.timeline.Side;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineService;
import org.factline.user.NewUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 25, hostile input: the vectors of xss/vectors.txt (OWASP filter-evasion style) are typed
 * through the real services into every field that is shown again — article pastes (HTML, Markdown,
 * text) and metadata, claims, claimants and tags, notes and replies, evidence, timeline events and
 * categories, display names, search queries, notifications, a published verdict — and every page
 * showing them is opened in Chromium. On each page no dialog opened, {@code window.__xss} stays
 * unset, and a walker over the document and every open shadow root finds no event-handler attribute
 * carrying a vector's code and no javascript:, vbscript: or data:text/html address. Many vectors go
 * into one record, so a page load checks dozens. Screenshots: target/screenshots/xss-*.png.
 */
class XssBrowserTest extends AbstractBrowserTest {

    private static final XssVectors VECTORS = XssVectors.load();

    /** Every attribute and script checked on the page, in the document and in every open shadow root. */
    private static final String WALKER = """
            () => {
              const code = /alert|__xss|msgbox|fromCharCode|xss\\.example/i;
              const urlAttrs = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background',
                  'poster', 'to', 'from', 'values', 'content', 'srcset', 'ping']);
              const found = [];
              const where = el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
                  ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
              const visit = root => {
                for (const el of root.querySelectorAll('*')) {
                  for (const a of el.attributes) {
                    const name = a.name.toLowerCase();
                    const value = a.value;
                    const plain = value.replace(/[\\u0000-\\u0020\\u007f-\\u009f\\u200b]/g, '').toLowerCase();
                    if (name.startsWith('on') && code.test(value)) {
                      found.push(where(el) + ' has ' + name + '="' + value + '"');
                    }
                    if (urlAttrs.has(name) && /(^|url=)(javascript:|vbscript:|data:text\\/html)/.test(plain)) {
                      found.push(where(el) + ' has ' + name + '="' + value + '"');
                    }
                    if (name === 'style' && /expression\\(|javascript:|-moz-binding/.test(plain)) {
                      found.push(where(el) + ' has style="' + value + '"');
                    }
                    if (name === 'srcdoc') {
                      found.push(where(el) + ' has srcdoc="' + value + '"');
                    }
                  }
                  const tag = el.tagName.toLowerCase();
                  // Vaadin's own page has <base href="."> in its head; one anywhere else came from input
                  if (['iframe', 'frame', 'object', 'embed', 'applet'].includes(tag)
                      || (tag === 'base' && el.parentNode !== document.head)) {
                    found.push('a <' + tag + '> element: ' + el.outerHTML.slice(0, 200));
                  }
                  if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') || '')) {
                    found.push('a refresh <meta>: ' + el.outerHTML.slice(0, 200));
                  }
                  if ((tag === 'script' || tag === 'style') && code.test(el.textContent)
                      && !/ld\\+json/.test(el.type || '')) {
                    found.push('a <' + tag + '> with a vector: ' + el.outerHTML.slice(0, 200));
                  }
                  if (tag === 'script' && /ld\\+json/.test(el.type || '')) {
                    try { JSON.parse(el.textContent); } catch (e) { found.push('JSON-LD that no longer parses'); }
                  }
                  if (el.shadowRoot) {
                    visit(el.shadowRoot);
                  }
                  if (tag === 'template' && el.content) {
                    visit(el.content);
                  }
                }
              };
              visit(document);
              if (window.__xss !== undefined) {
                found.push('window.__xss was set to ' + String(window.__xss));
              }
              for (const v of window.__xssCsp || []) {
                found.push('content security policy violation: ' + v);
              }
              return found;
            }
            """;

    /** Listens for CSP violations before any of the page's own scripts run. */
    private static final String INIT = """
            window.__xssCsp = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__xssCsp.push(e.violatedDirective + ' ' + e.blockedURI), true);
            """;

    /**
     * Ends whatever a vector left open (a {@code <textarea>} or comment would turn the rest of a
     * pasted page into text), so every vector of one pasted page reaches the parser as markup.
     */
    private static final String CLOSE_ALL =
            "<!-- --></textarea></xmp></noscript></noembed></title></style></select></script></iframe></math></svg></a>";

    @Autowired
    ArticleImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    NoteService notes;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ReviewService review;

    @Autowired
    TimelineService timeline;

    @Autowired
    TimelineCategories categories;

    @Autowired
    PublishingSettings publishing;

    /** What the vectors were seeded into, once for the class. */
    record Seeded(
            String word,
            String reader,
            long htmlArticle,
            long markdownArticle,
            long textArticle,
            long claim,
            long claimant,
            List<Long> events) {}

    private static Seeded seeded;

    /** The reader's signed-in browser, shared by the tests of the team's pages: one sign-in for all. */
    private static BrowserContext team;

    private static Page teamPage;
    private static List<String> teamDialogs;

    @AfterAll
    static void closeTeamBrowser() {
        if (team != null) {
            team.close();
            team = null;
        }
    }

    private Page teamPage() {
        if (team == null) {
            team = context();
            teamPage = team.newPage();
            teamDialogs = watch(teamPage);
            teamPage.navigate(url("/login"));
            signIn(teamPage, seeded.reader(), TEST_PASSWORD);
        }
        return teamPage;
    }

    @BeforeEach
    void seedVectors() {
        if (seeded == null) {
            long started = System.nanoTime();
            seeded = seed();
            System.out.printf("xss: vectors seeded in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Test
    void the_vectors_run_nowhere_a_team_member_sees_them() {
        Page page = teamPage();
        var dialogs = teamDialogs;
        if (!page.url().equals(url("/"))) {
            go(page, "/");
        }
        check(page, dialogs, "dashboard");

        open(page, dialogs, "/claims?q=" + seeded.word(), "claims list", "xss-claims");
        open(page, dialogs, "/claims/" + seeded.claim(), "claim page", "xss-claim");
        page.locator(".note-edited").first().click();
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog").first()).containsText("alert(");
        check(page, dialogs, "a note's earlier versions");
        shot(page, "xss-note-versions");
        page.keyboard().press("Escape");
        open(page, dialogs, "/claimants/" + seeded.claimant(), "claimant page", null);
        open(page, dialogs, "/articles/" + seeded.htmlArticle(), "reader, pasted HTML", "xss-reader-html");
        open(page, dialogs, "/articles/" + seeded.markdownArticle(), "reader, pasted Markdown", null);
        open(page, dialogs, "/articles/" + seeded.textArticle(), "reader, pasted text", null);
        open(page, dialogs, "/articles", "article list", null);
        open(page, dialogs, "/timeline?q=" + seeded.word(), "visual timeline", "xss-timeline");
        open(page, dialogs, "/timeline?view=list&q=" + seeded.word(), "timeline list", null);
        for (long event : seeded.events()) {
            open(page, dialogs, "/timeline/events/" + event, "event page", null);
        }
        search(page, dialogs, "/admin/users", "users admin");
        page.locator("input[placeholder='Search by name, username or e-mail']").fill("xss-");
        assertThat(page.locator("vaadin-grid")).containsText("xss-author");
        assertThat(page.locator("vaadin-grid")).containsText("alert(");
        check(page, dialogs, "users admin, filtered");
        shot(page, "xss-users");

        page.locator(".notification-bell-button").click();
        assertThat(page.locator(".notification-item").first()).containsText("alert(");
        check(page, dialogs, "notifications bell");
        shot(page, "xss-notifications");
        page.keyboard().press("Escape");
    }

    @Test
    void the_vectors_run_neither_as_search_queries_nor_in_highlighted_snippets() {
        Page page = teamPage();
        var dialogs = teamDialogs;
        open(page, dialogs, "/search?q=" + seeded.word(), "search results with snippets", "xss-search");
        assertThat(page.locator("main, body").first()).containsText(seeded.word());
        open(page, dialogs, "/search?q=" + encode(seeded.word() + " onerror javascript"), "snippets", null);
        for (String query : VECTORS.packed(1000, " ")) {
            search(page, dialogs, "/search?q=" + encode(query), "search for " + query);
        }
    }

    @Test
    void the_vectors_run_nowhere_on_the_public_pages() {
        var before = SystemAuthentication.runAsSystem(() -> publishing.get());
        SystemAuthentication.runAsSystem(() ->
                publishing.save(before.version(), new PublishingSettingsForm(VECTORS.pick(3, 200), null, null, true)));
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            var dialogs = watch(page);
            open(page, dialogs, "/published", "public index", "xss-public-index");
            open(page, dialogs, "/published/claims/" + seeded.claim(), "public verdict page", "xss-public-verdict");
            assertThat(page.locator("h1")).containsText(seeded.word());
            open(page, dialogs, "/published?q=" + seeded.word(), "public search", null);
            for (String query : VECTORS.shorterThan(200).subList(0, 8)) {
                search(page, dialogs, "/published?q=" + encode(query), "public search for " + query);
            }
        } finally {
            SystemAuthentication.runAsSystem(
                    () -> publishing.save(publishing.get().version(), before.saved()));
        }
    }

    @Test
    void the_checks_catch_a_vector_that_is_left_live() {
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            var dialogs = watch(page);
            page.setContent("<main><img src=x onerror=alert(12)><a href=\"javascript:alert(34)\">x</a>"
                    + "<iframe src=\"javascript:alert(49)\"></iframe><script>window.__xss=1</script></main>");
            page.mouse().move(683, 450);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(WALKER);
            Assertions.assertThat(dialogs)
                    .as("dialogs opened by the raw vectors")
                    .isNotEmpty();
            Assertions.assertThat(found)
                    .as("what the walker finds in the raw vectors")
                    .anyMatch(f -> f.contains("onerror="))
                    .anyMatch(f -> f.contains("href=\"javascript:"))
                    .anyMatch(f -> f.contains("<iframe>"))
                    .anyMatch(f -> f.contains("window.__xss was set"));
            Assertions.assertThatThrownBy(() -> check(page, dialogs, "raw vectors"))
                    .isInstanceOf(AssertionError.class);
        }
    }

    // --- seeding -------------------------------------------------------------------------------

    private Seeded seed() {
        String word = marker("xssword");
        String author = account("xss-author", VECTORS.pick(0, 100), Role.FACT_CHECKER);
        String editor = account("xss-editor", VECTORS.pick(1, 100), Role.EDITOR);
        String reader = account("xss-reader", VECTORS.pick(2, 100), Role.ADMIN, Role.EDITOR);

        signIn(author);
        long html = imports.importPaste(
                        VECTORS.pick(4, 500) + " " + word,
                        "<h1>" + word + " pasted page</h1>"
                                + VECTORS.all().stream()
                                        .map(v -> "<div>" + word + " html " + v + CLOSE_ALL + "</div>")
                                        .collect(Collectors.joining("\n")),
                        PasteFormat.HTML)
                .articleId();
        long markdown = imports.importPaste(
                        VECTORS.pick(5, 500),
                        "# " + word + " in Markdown\n\n"
                                + VECTORS.all().stream()
                                        .map(v -> "Markdown paragraph " + word + " " + v)
                                        .collect(Collectors.joining("\n\n")),
                        PasteFormat.MARKDOWN)
                .articleId();
        long text = imports.importPaste(
                        VECTORS.pick(6, 500),
                        "Officials said the harbour doubled its traffic " + word + ".\n\n"
                                + VECTORS.all().reversed().stream()
                                        .map(v -> "Plain line " + v)
                                        .collect(Collectors.joining("\n")),
                        PasteFormat.TEXT)
                .articleId();
        articles.updateMetadata(
                text,
                articles.get(text).summary().version(),
                new MetadataEdit(
                        VECTORS.pick(7, 500),
                        VECTORS.pick(8, 300),
                        VECTORS.pick(9, 200),
                        LocalDate.of(2025, 9, 14),
                        "en",
                        "https://xss-news.example/story?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"));

        List<String> claimTexts = VECTORS.packed(1000 - word.length() - 1, " ");
        List<String> tags = VECTORS.shorterThan(60);
        String claimant = VECTORS.pick(10, 200);
        long claim = claims.createFromPassage(
                        new NewClaim(
                                word + " " + claimTexts.getFirst(),
                                claimant,
                                LocalDate.of(2025, 9, 12),
                                new LinkedHashSet<>(tags.subList(0, 5))),
                        text,
                        "the harbour doubled its traffic",
                        -1)
                .id();
        for (int i = 1; i < claimTexts.size(); i++) {
            claims.create(new NewClaim(
                    word + " " + claimTexts.get(i),
                    VECTORS.pick(10 + i, 200),
                    null,
                    new LinkedHashSet<>(
                            tags.subList(5 * i % tags.size(), Math.min(tags.size(), 5 * i % tags.size() + 5)))));
        }
        List<String> bodies = VECTORS.packed(4000, "\n\n");
        long first = notes.post(claim, "@" + reader + " " + word + " look at this\n\n" + bodies.getFirst())
                .id();
        for (String body : bodies.subList(1, bodies.size())) {
            notes.post(claim, body);
        }
        // an edit keeps the first text as a revision, shown (as HTML) in the note's history
        notes.edit(first, notes.get(first).version(), "Edited " + word + "\n\n" + bodies.getLast());
        signIn(reader);
        notes.reply(first, "Reply " + word + "\n\n" + bodies.getLast());
        signIn(author);
        notes.reply(
                first, "@" + reader + " answer\n\n" + VECTORS.packed(1500, " ").getFirst());

        long shown = 0;
        List<String> quotes = VECTORS.packed(3900, "\n");
        for (int i = 0; i < quotes.size(); i++) {
            shown = evidence.add(
                            claim,
                            new EvidenceForm(
                                    VECTORS.pick(20 + i, 300),
                                    "https://evidence.example/" + i + "/%22onmouseover=%22alert(1)",
                                    "https://archive.example/?q=%3Cscript%3Ealert(1)%3C/script%3E",
                                    SourceType.DATASET,
                                    Stance.REFUTES,
                                    quotes.get(i),
                                    "zh",
                                    quotes.get(quotes.size() - 1 - i),
                                    LocalDate.of(2025, 9, 25)),
                            null)
                    .id();
        }
        for (String address : VECTORS.shorterThan(300)) {
            try {
                evidence.add(
                        claim,
                        new EvidenceForm(
                                "Address " + word,
                                address,
                                address,
                                SourceType.OTHER,
                                Stance.CONTEXT,
                                null,
                                null,
                                null,
                                null),
                        null);
            } catch (ValidationException refused) {
                // a vector that is no web address is refused, as a person typing it would be told
            }
        }

        long category = SystemAuthentication.runAsSystem(() -> categories
                .create(VECTORS.pick(30, 52) + " " + Long.toString(System.nanoTime(), 36), "#d3455b")
                .id());
        List<String> descriptions = VECTORS.packed(9000, "\n");
        var events = new ArrayList<Long>();
        for (int i = 0; i < descriptions.size() + 2; i++) {
            events.add(timeline.create(new EventForm(
                            VECTORS.pick(40 + i, 190) + " " + word,
                            LocalDate.of(2025, 3, 10).plusMonths(i),
                            DatePrecision.DAY,
                            null,
                            descriptions.get(i % descriptions.size()),
                            category,
                            Side.values()[i % Side.values().length],
                            1 + i % 3,
                            new LinkedHashSet<>(tags.subList(i, i + 3)),
                            List.of(VECTORS.pick(50 + i, 200)),
                            Set.of(html, text),
                            Set.of(claim)))
                    .id());
        }

        review.propose(
                claim,
                Verdict.MOSTLY_FALSE,
                word + " " + VECTORS.packed(900, " ").get(1));
        signIn(editor);
        evidence.showPublicly(shown, evidence.get(shown).version(), true);
        review.approve(claim, claims.get(claim).summary().version());
        awaitEvents();
        long claimantId = claims.claimantIdByName(claimant).orElseThrow();
        return new Seeded(word, reader, html, markdown, text, claim, claimantId, events);
    }

    /** An account whose display name is a vector, with {@link #TEST_PASSWORD}. */
    private String account(String username, String displayName, Role... roles) {
        String temporary = SystemAuthentication.runAsSystem(() -> userAdmin
                .create(new NewUser(username, displayName, username + "@example.org", Set.of(roles)))
                .temporaryPassword());
        signIn(username);
        accountService.changePassword(temporary, TEST_PASSWORD, TEST_PASSWORD);
        return username;
    }

    // --- checking ------------------------------------------------------------------------------

    private BrowserContext context() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
        context.addInitScript(INIT);
        return context;
    }

    /** Counts every alert, confirm or prompt the page opens (and dismisses it). */
    private static List<String> watch(Page page) {
        var dialogs = new ArrayList<String>();
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
        page.onPageError(e -> {
            if (e.contains("alert") || e.contains("msgbox") || e.contains("__xss")) {
                dialogs.add("script error from a vector: " + e);
            }
        });
        return dialogs;
    }

    /** Opens a page that shows vectors, checks they are there as text and that none of them runs. */
    private void open(Page page, List<String> dialogs, String path, String what, String screenshot) {
        go(page, path);
        // the vectors must be on the page, shown as text, or the page proves nothing
        assertThat(page.locator("vaadin-app-layout, main").first()).containsText("alert(");
        check(page, dialogs, what);
        if (screenshot != null) {
            shot(page, screenshot);
        }
    }

    /** Opens a page that may show no vector as text (a query that finds nothing keeps it in its field). */
    private void search(Page page, List<String> dialogs, String path, String what) {
        go(page, path);
        check(page, dialogs, what);
    }

    private void go(Page page, String path) {
        if (path.startsWith("/published")
                || page.evaluate("() => !!(window.Vaadin && window.Vaadin.Flow)")
                        .equals(Boolean.FALSE)) {
            page.navigate(url(path));
            page.waitForLoadState();
        } else {
            // Inside the app, a router link moves between views as a click would: no new page load.
            String before = page.url();
            page.evaluate(
                    "path => { const a = document.createElement('a'); a.setAttribute('router-link', '');"
                            + " a.href = path; document.body.appendChild(a); a.click(); a.remove(); }",
                    path);
            page.waitForURL(u -> !u.equals(before));
        }
        assertThat(page.locator("vaadin-app-layout, main, body").first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    }

    /** Gives autofocus, hover and load handlers their chance, then walks the page. */
    private static void check(Page page, List<String> dialogs, String what) {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        for (int[] at : new int[][] {{5, 5}, {683, 450}, {300, 700}, {1200, 200}}) {
            page.mouse().move(at[0], at[1]);
        }
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(WALKER);
        Assertions.assertThat(dialogs)
                .as("%s: dialogs opened by injected script", what)
                .isEmpty();
        Assertions.assertThat(found)
                .as("%s: injected markup left live in the page", what)
                .isEmpty();
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
