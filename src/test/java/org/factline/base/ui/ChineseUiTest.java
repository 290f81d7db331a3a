package org.factline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import java.io.IOException;
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
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route opened in Simplified Chinese by someone who may open all of them (admin and editor):
 * each text the page shows (text nodes, labels, placeholders, helper texts, titles, ARIA labels,
 * grid headers) is Chinese, data the test made, or a name on {@link #SAME_IN_BOTH}. A text left in
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

    /** Words: three or more Latin letters in a row (shorter ones are units, codes and initials). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    private static final List<String> TEXT_PROPERTIES =
            List.of("label", "placeholder", "helperText", "title", "header", "errorMessage", "accessibleName", "text");
    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "aria-label", "placeholder", "alt");

    @Autowired
    ArticleImportService imports;

    @LocalServerPort
    int port;

    @Test
    void every_view_speaks_chinese_to_someone_who_chose_it() throws Exception {
        String name = user("chinese-reader", Role.ADMIN, Role.EDITOR, Role.FACT_CHECKER);
        signIn(name);
        accountService.setLanguage("zh-CN");
        long article = SystemAuthentication.runAs(
                        name, () -> imports.importPaste("中文测试文章", "这是一篇只用于测试的文章。它有两句话。", PasteFormat.TEXT))
                .articleId();
        long claim = newClaim("中文测试声明");
        Set<String> data = Set.of(name, "Test " + name, "admin", "Administrator");

        login(name);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.CHINESE);

        var problems = new ArrayList<String>();
        for (String route : routes(article, claim)) {
            UI.getCurrent().navigate(route);
            MockVaadin.runUIQueue();
            for (String text : texts(UI.getCurrent().getElement())) {
                if (english(text, data)) {
                    problems.add("/" + route + ": " + text);
                }
            }
        }
        logout();
        UI.getCurrent().setLocale(Languages.CHINESE);
        UI.getCurrent().navigate("login");
        for (String text : texts(UI.getCurrent().getElement())) {
            if (english(text, data)) {
                problems.add("/login: " + text);
            }
        }
        assertThat(problems).as("English left in the Chinese UI").isEmpty();
    }

    @Test
    void the_first_visit_speaks_the_browsers_language_and_says_so_in_html_lang() throws Exception {
        assertThat(page("zh-CN,zh;q=0.9,en;q=0.5")).contains("<html lang=\"zh-CN\"");
        assertThat(page("en-US,en;q=0.9")).contains("<html lang=\"en\"");
        assertThat(page("fr-FR")).contains("<html lang=\"en\"");
    }

    private String page(String acceptLanguage) throws IOException, InterruptedException {
        var client = HttpClient.newHttpClient();
        var answer = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Accept-Language", acceptLanguage)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static boolean english(String text, Set<String> data) {
        String rest = text;
        for (String datum : data) {
            rest = rest.replace(datum, " ");
        }
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
        if (!element.isVisible()) {
            return;
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

    private static List<String> routes(long article, long claim) throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = new TreeSet<String>();
        for (var candidate : scanner.findCandidateComponents("org.factline")) {
            String route = Class.forName(candidate.getBeanClassName())
                    .getAnnotation(Route.class)
                    .value();
            routes.add(route.replace("articles/:id", "articles/" + article)
                    .replace("claims/:id", "claims/" + claim)
                    .replaceAll(":[a-zA-Z]+", "987654321"));
        }
        routes.remove("login"); // signed in, it forwards to the dashboard (LoginViewTest covers its texts)
        return new ArrayList<>(routes);
    }
}
