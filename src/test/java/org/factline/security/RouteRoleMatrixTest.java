package org.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factline.AbstractIntegrationTest;
import org.factline.HttpBrowser;
import org.factline.security.AppRoles.Role;
import org.factline.user.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.Sort;

/**
 * Every {@code @Route} of the application, opened over real HTTP as each kind of person —
 * anonymous, fact-checker, editor, admin, admin + editor and an account disabled while signed in —
 * the way a browser does: the page, then Vaadin's own start ({@code v-r=init}) and the navigation
 * message ({@code ui-navigate} over UIDL, with the UI's security key). A route's view either opens
 * or is refused with the not-found page (denied and missing look alike, so nobody learns which
 * admin pages exist); a route with an id is opened with an id no row has, so an admitted person
 * gets the view's own "no such …" answer. The result is held against docs/routes-matrix.md; a new
 * route, or a changed rule, fails until the table says so (the found table is written to
 * target/routes-matrix.md).
 */
class RouteRoleMatrixTest extends AbstractIntegrationTest {

    static final Path DECLARED = Path.of("docs/routes-matrix.md");
    private static final Path FOUND = Path.of("target/routes-matrix.md");
    static final String TABLE_HEAD =
            "| route | anonymous | fact-checker | editor | admin | admin + editor | disabled account |";
    /** The refusal's own words (NotFoundView without a message of the view's). */
    private static final String REFUSED = "the page needs a role your account doesn't have";

    private static final String MISSING_ID = "987654321";
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Test
    void every_route_admits_exactly_the_people_the_table_declares() throws Exception {
        List<String> routes = routes();
        assertThat(routes).as("the routes were found").hasSizeGreaterThan(20);

        Map<String, HttpBrowser> people = new LinkedHashMap<>();
        people.put("anonymous", new HttpBrowser(port));
        people.put("fact-checker", signedIn(user("routes-checker", Role.FACT_CHECKER)));
        people.put("editor", signedIn(user("routes-editor", Role.EDITOR)));
        people.put("admin", signedIn(user("routes-admin", Role.ADMIN)));
        people.put("admin + editor", signedIn(user("routes-admin-editor", Role.ADMIN, Role.EDITOR)));
        String disabled = user("routes-disabled", Role.FACT_CHECKER, Role.EDITOR);
        people.put("disabled account", signedIn(disabled));
        disable(disabled);

        var found = new TreeMap<String, String>();
        for (String route : routes) {
            var cells = new ArrayList<String>();
            for (var person : people.entrySet()) {
                cells.add(opens(person.getValue(), route) ? "yes" : "–");
            }
            found.put("/" + route, "| `/" + route + "` | " + String.join(" | ", cells) + " |");
        }
        Files.createDirectories(FOUND.getParent());
        Files.writeString(
                FOUND, TABLE_HEAD + "\n|---|---|---|---|---|---|---|\n" + String.join("\n", found.values()) + "\n");

        Map<String, String> declared = Files.readAllLines(DECLARED).stream()
                .filter(l -> l.startsWith("| `"))
                .collect(Collectors.toMap(
                        l -> l.substring(3, l.indexOf('`', 3)), String::strip, (a, b) -> a, TreeMap::new));
        var problems = new ArrayList<String>();
        found.forEach((route, row) -> {
            String expected = declared.get(route);
            if (expected == null) {
                problems.add("not in the table: " + row);
            } else if (!expected.equals(row)) {
                problems.add("declared " + expected + " but the app answers " + row);
            }
        });
        declared.keySet().stream()
                .filter(r -> !found.containsKey(r))
                .forEach(r -> problems.add("in the table but not in the app: " + declared.get(r)));
        assertThat(problems)
                .as("docs/routes-matrix.md against the running app (found: target/routes-matrix.md)")
                .isEmpty();
    }

    /** The route templates of every {@code @Route} class, ids replaced by one no row has. */
    private static List<String> routes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = new ArrayList<String>();
        for (var candidate : scanner.findCandidateComponents("org.factline")) {
            Route route = Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class);
            routes.add(route.value().replaceAll(":[a-zA-Z]+", MISSING_ID));
        }
        return routes;
    }

    private HttpBrowser signedIn(String username) throws IOException, InterruptedException {
        var browser = new HttpBrowser(port);
        browser.login(username, TEST_PASSWORD);
        return browser;
    }

    private void disable(String username) {
        SystemAuthentication.runAs(ADMIN, () -> {
            var account = users.find(username, 0, 1, Sort.unsorted()).getFirst();
            return users.disable(account.id(), account.version());
        });
    }

    /**
     * Whether the route's view opens for this browser: the page is served (not sent to sign in),
     * and Vaadin's navigation to it is not answered with the refusal.
     */
    private boolean opens(HttpBrowser browser, String route) throws IOException, InterruptedException {
        var page = browser.get("/" + route);
        if (page.statusCode() != 200) {
            assertThat(page.statusCode())
                    .as("/" + route + " refused by a redirect to sign in")
                    .isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
            return false;
        }
        if (route.equals("login")) {
            return true; // the sign-in page is the one route outside Vaadin's access control
        }
        var init = browser.get("/?v-r=init&location=" + route);
        assertThat(init.statusCode()).as("init of " + route).isEqualTo(200);
        String key = group(SECURITY_KEY.matcher(init.body()), "security key of " + route);
        String uiId = group(UI_ID.matcher(init.body()), "UI id of " + route);
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":\
                {"route":"%s","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],\
                "syncId":0,"clientId":0}""".formatted(key, route);
        var answer = browser.client()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.base() + "/?v-r=uidl&v-uiId=" + uiId))
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(navigate))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("navigation to " + route).isEqualTo(200);
        assertThat(answer.body()).as("a UIDL answer for " + route).contains("\"changes\"");
        return !answer.body().contains(REFUSED);
    }

    private static String group(Matcher matcher, String what) {
        assertThat(matcher.find()).as(what).isTrue();
        return matcher.group(1);
    }
}
