package org.factline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.base.Languages;
import org.factline.claim.ClaimService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.timeline.EventFilter;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route opened in Simplified Chinese by someone who may open all of them (admin and editor):
 * each text the page shows (text nodes, labels, placeholders, helper texts, titles, ARIA labels,
 * grid headers) is Chinese, data the test made, a name on {@link #SAME_IN_BOTH}, marked as
 * another language ({@code lang="en"}: query syntax, each language's own name) or recorded text. A text left in
 * English in a view fails here with the route and the text.
 */
class ChineseUiTest extends AbstractAppTest {

    /** Words that stay as they are in the Chinese UI: product and format names, abbreviations. */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "Factline",
            "Fact",
            "line",
            "API",
            "URL",
            "RSS",
            "Atom",
            "JSON",
            "CSV",
            "PDF",
            "HTML",
            "Markdown",
            "Word",
            "ClaimReview",
            "Webhook",
            "OpenSearch",
            "Lucene",
            "PostgreSQL",
            "UTC",
            "ICS",
            "iCalendar",
            "JSONL",
            "HMAC",
            "SHA",
            "Bearer",
            "Authorization",
            "REST",
            "CMS",
            "Ctrl",
            "Enter",
            "GET",
            "POST",
            "DOCX",
            "TXT",
            "OPML",
            "Feed",
            "ZIP",
            "SQL",
            "Tika",
            "SBOM",
            "ISO");

    /**
     * Sentences written into the database when something happened (audit summaries, notification
     * messages): data, in the language of that moment.
     */
    private static final String RECORDED = "recorded-text";

    /**
     * Routes whose views are not translated yet (admin pages, a job's, a claimant's and an
     * event's page): read here all the same, and the test fails once one of them is Chinese, so
     * the list only shrinks.
     */
    private static final Set<String> STILL_IN_ENGLISH =
            Set.of("admin/audit", "admin/check-worthiness", "admin/publishing", "admin/tokens", "admin/webhooks");

    /** The texts of the dashboard, shell included: what an untranslated view's page has besides its own. */
    private static final Set<String> SHELL = new java.util.HashSet<>();

    /** Words: three or more Latin letters in a row (shorter ones are units, codes and initials). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    private static final List<String> TEXT_PROPERTIES =
            List.of("label", "placeholder", "helperText", "title", "header", "errorMessage", "accessibleName", "text");
    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "aria-label", "placeholder", "alt");

    @Autowired
    ArticleImportService imports;

    @Autowired
    TimelineService timeline;

    @Autowired
    ClaimService claims;

    @Autowired
    TimelineCategories categories;

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void every_view_speaks_chinese_to_someone_who_chose_it() throws Exception {
        String name = user("chinese-reader", Role.ADMIN, Role.EDITOR, Role.FACT_CHECKER);
        signIn(name);
        accountService.setLanguage("zh-CN");
        long article = SystemAuthentication.runAs(
                        name, () -> imports.importPaste("中文测试文章", "这是一篇只用于测试的文章。它有两句话。", PasteFormat.TEXT))
                .articleId();
        long claim = newClaim("中文测试声明");
        long category = SystemAuthentication.runAsSystem(() -> categories
                .create("中文测试类别 " + Long.toString(System.nanoTime(), 36), "#2f6fb0")
                .id());
        long event = SystemAuthentication.runAs(
                name,
                () -> timeline.create(new org.factline.timeline.EventForm(
                                "中文测试事件",
                                java.time.LocalDate.of(2025, 1, 20),
                                org.factline.timeline.DatePrecision.DAY,
                                null,
                                "只用于测试的事件。",
                                category,
                                org.factline.timeline.Side.CHINA,
                                2,
                                java.util.Set.of("测试"),
                                List.of("测试方"),
                                java.util.Set.of(article),
                                java.util.Set.of(claim)))
                        .id());
        // What people typed, shown as written: this test's, and the timeline other tests filled
        var data = new ArrayList<>(List.of(name, "Test " + name, "admin", "Administrator"));
        // Usernames are data too: other tests' people appear on shared pages (who rebuilt the index last).
        data.addAll(jdbc.queryForList("select username from app_user", String.class));
        SystemAuthentication.runAs(name, () -> {
            timeline.find(EventFilter.all()).forEach(e -> data.add(e.title()));
            categories.all().forEach(c -> data.add(c.name()));
            data.add(claims.get(claim).summary().text());
            return null;
        });
        data.sort(java.util.Comparator.comparingInt(String::length).reversed());

        login(name);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.CHINESE);
        var shell = new java.util.HashSet<>(texts(UI.getCurrent().getElement()));
        SHELL.clear();
        SHELL.addAll(shell);

        var problems = new ArrayList<String>();
        for (String route : routes(article, claim, event)) {
            UI.getCurrent().navigate(route);
            MockVaadin.runUIQueue();
            var english = texts(UI.getCurrent().getElement()).stream()
                    .filter(text -> english(text, data))
                    .toList();
            if (!STILL_IN_ENGLISH.contains(route)) {
                english.forEach(text -> problems.add("/" + route + ": " + text));
            } else if (english.stream().noneMatch(text -> !SHELL.contains(text))) {
                problems.add("/" + route + " is Chinese now: take it off STILL_IN_ENGLISH");
            }
        }
        assertThat(problems).as("English left in the Chinese UI").isEmpty();
    }

    /** Over real HTTP, as a browser's first visit: the page and Vaadin's start of the sign-in view. */
    @Test
    void the_first_visit_speaks_the_browsers_language_and_says_so_in_html_lang() throws Exception {
        assertThat(firstVisit("zh-CN,zh;q=0.9,en;q=0.5"))
                .contains("<html lang=\"zh-CN\"")
                .contains("团队的事实核查工作台")
                .contains("在此设备上保持登录")
                .doesNotContain("The fact-checking desk for your team");
        assertThat(firstVisit("en-US,en;q=0.9"))
                .contains("<html lang=\"en\"")
                .contains("The fact-checking desk for your team");
        assertThat(firstVisit("fr-FR")).contains("<html lang=\"en\"").contains("Keep me signed in on this device");
    }

    /** The page, Vaadin's start and its navigation to the sign-in view, as RouteRoleMatrixTest does. */
    private String firstVisit(String acceptLanguage) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = client.send(request("/login", acceptLanguage).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var start = client.send(
                request("/?v-r=init&location=login", acceptLanguage).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(200);
        var key =
                Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(start.body());
        var uiId = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(start.body());
        assertThat(key.find() && uiId.find()).as("security key and UI id").isTrue();
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":\
                {"route":"login","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],\
                "syncId":0,"clientId":0}""".formatted(key.group(1));
        var view = client.send(
                request("/?v-r=uidl&v-uiId=" + uiId.group(1), acceptLanguage)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(view.statusCode()).isEqualTo(200);
        // the JSON may write characters outside ASCII as \\u escapes
        String json = Pattern.compile("\\\\u([0-9a-fA-F]{4})")
                .matcher(view.body())
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        return page.body() + json;
    }

    private HttpRequest.Builder request(String path, String acceptLanguage) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", acceptLanguage);
    }

    private static boolean english(String text, List<String> data) {
        String rest = text;
        for (String datum : data) {
            rest = rest.replace(datum, " ");
        }
        // addresses and paths (/api/v1, https://…), and the search language's filters (type:claim)
        rest = rest.replaceAll("\\S*/\\S*", " ").replaceAll("[A-Za-z]+:[A-Za-z0-9-]+", " ");
        return WORD.matcher(rest).results().map(m -> m.group()).anyMatch(word -> !SAME_IN_BOTH.contains(word));
    }

    /** What a reader of the page sees or hears: text nodes and the texts components keep in properties. */
    static Set<String> texts(Element root) {
        var found = new LinkedHashSet<String>();
        collect(root, found);
        return found;
    }

    private static void collect(Element element, Set<String> found) {
        if (element.isTextNode()) {
            add(element.getText(), found);
            return;
        }
        if (!element.isVisible()
                || element.getAttribute("lang") != null
                        && !element.getAttribute("lang").startsWith("zh")
                || element.getClassList().contains(RECORDED)) {
            return; // hidden; marked as another language (query syntax, language names); or recorded text
        }
        for (String property : TEXT_PROPERTIES) {
            if (element.hasProperty(property) && element.getProperty(property) instanceof String value) {
                add(value, found);
            }
        }
        for (String attribute : TEXT_ATTRIBUTES) {
            add(element.getAttribute(attribute), found);
        }
        element.getChildren().forEach(child -> collect(child, found));
        if (element.getNode().hasFeature(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)) {
            element.getNode()
                    .getFeature(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                    .forEachChild(node -> collect(Element.get(node), found));
        }
    }

    private static void add(String text, Set<String> found) {
        if (text != null && !text.isBlank()) {
            found.add(text.strip());
        }
    }

    private static List<String> routes(long article, long claim, long event) throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = new TreeSet<String>();
        for (var candidate : scanner.findCandidateComponents("org.factline")) {
            String route = Class.forName(candidate.getBeanClassName())
                    .getAnnotation(Route.class)
                    .value();
            routes.add(route.replace("articles/:id", "articles/" + article)
                    .replace("claims/:id", "claims/" + claim)
                    .replace("timeline/events/:id", "timeline/events/" + event)
                    .replaceAll(":[a-zA-Z]+", "987654321"));
        }
        routes.remove("login"); // signed in, it forwards to the dashboard (LoginViewTest covers its texts)
        return new ArrayList<>(routes);
    }
}
