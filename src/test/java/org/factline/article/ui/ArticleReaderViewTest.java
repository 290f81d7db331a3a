package org.factline.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleFixtures;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reader's versions, word diff and "Check for update" over a page on a local server. */
class ArticleReaderViewTest extends AbstractAppTest {

    @Autowired
    ArticleImportService imports;

    final AtomicReference<String> page = new AtomicReference<>("");
    final AtomicInteger failWith = new AtomicInteger();
    HttpServer server;
    String base;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            if (failWith.get() != 0) {
                exchange.sendResponseHeaders(failWith.get(), -1);
                exchange.close();
                return;
            }
            byte[] body = page.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static String story(String marker) {
        return ArticleFixtures.NEWS_PAGE
                .replace("Commerce tightens", "Commerce tightens " + marker)
                .replace("tech/chip-rules", "tech/" + marker)
                .replace("on Tuesday", "on Tuesday (" + marker + ")");
    }

    private static String edited(String story) {
        return story.replace(
                "Chip designers said they were still reviewing the text.",
                "Chip designers declined to comment on the revised text.");
    }

    @Test
    void check_for_update_says_unchanged_updated_or_could_not_fetch_and_the_reader_shows_versions_and_the_diff() {
        login(user("ui-versions", Role.FACT_CHECKER));
        String marker = marker("reader");
        page.set(story(marker));
        long id = imports.importUrl(base + "/story").articleId();
        UI.getCurrent().navigate("articles/" + id);
        assertThat(_get(VersionsPanel.class).getSummaryText()).isEqualTo("Versions (1)");

        _click(_get(Button.class, spec -> spec.withText("Check for update")));
        NotificationsKt.expectNotifications(
                "Unchanged: \u201cCommerce tightens " + marker + " chip export rules\u201d still reads as version 1.");
        NotificationsKt.clearNotifications();

        page.set(edited(story(marker)));
        _click(_get(Button.class, spec -> spec.withText("Check for update")));
        NotificationsKt.expectNotifications(
                "Updated: \u201cCommerce tightens " + marker + " chip export rules\u201d now reads as version 2.");
        NotificationsKt.clearNotifications();
        var panel = _get(VersionsPanel.class);
        assertThat(panel.getSummaryText()).isEqualTo("Versions (2)");
        assertThat(panel.getElement().getTextRecursively()).contains("Version 2", "Version 1", "(shown)");

        panel.setOpened(true);
        assertThat(panel.from.getValue()).isEqualTo(1);
        assertThat(panel.to.getValue()).isEqualTo(2);
        assertThat(_find(panel.diff, VersionsPanel.Deleted.class))
                .extracting(d -> d.getElement().getText())
                .anyMatch(t -> t.contains("said they were still reviewing"));
        assertThat(_find(panel.diff, VersionsPanel.Inserted.class))
                .extracting(d -> d.getElement().getText())
                .anyMatch(t -> t.contains("declined to comment on"));
        assertThat(panel.diff.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(panel.diff.getElement().getAttribute("aria-label")).contains("from version 1 to version 2");

        failWith.set(500);
        _click(_get(Button.class, spec -> spec.withText("Check for update")));
        NotificationsKt.expectNotifications(
                "Could not fetch the article again: The server answered 500 for " + base + "/story.");
        assertThat(_get(VersionsPanel.class).getSummaryText()).isEqualTo("Versions (2)");
    }

    @Test
    void an_article_not_imported_from_a_web_address_has_no_check_for_update() {
        login(user("ui-versions", Role.FACT_CHECKER));
        long id = imports.importPaste(null, "Pasted words about " + marker("paste") + " rules.", PasteFormat.TEXT)
                .articleId();
        UI.getCurrent().navigate("articles/" + id);
        assertThat(_find(Button.class, spec -> spec.withText("Check for update")))
                .isEmpty();
        assertThat(_get(VersionsPanel.class).getElement().getTextRecursively()).contains("Only one version so far");
    }

    @Test
    void people_without_the_fact_checker_role_may_not_open_the_reader() {
        login(user("ui-versions", Role.FACT_CHECKER));
        page.set(story(marker("denied")));
        long id = imports.importUrl(base + "/denied").articleId();
        login(user("ui-versions-admin", Role.ADMIN));
        assertDenied("articles/" + id);
    }
}
