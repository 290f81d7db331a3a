package org.factline.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleFixtures;
import org.factline.article.ImportOutcome.Status;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "From the web" tab: pages and feeds fetched in the background, with progress and results. */
class WebImportTabTest extends AbstractAppTest {

    private HttpServer server;
    private String base;
    private String marker;

    /** Holds the answers of the slow pages: the test says when, so a batch is surely still running. */
    private final CountDownLatch slowPagesAnswer = new CountDownLatch(1);

    @BeforeEach
    void web() throws Exception {
        marker = unique("web");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ArticleFixtures.serve(server, "/story-1", "text/html; charset=utf-8", page("Fetched one " + marker, "one"));
        ArticleFixtures.serve(server, "/story-2", "text/html; charset=utf-8", page("Fetched two " + marker, "two"));
        server.createContext("/slow", exchange -> {
            try {
                slowPagesAnswer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        ArticleFixtures.serve(
                server,
                "/feed.xml",
                "application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                        + "<item><title>One</title><link>" + base + "/story-1</link></item>"
                        + "<item><title>Two</title><link>" + base + "/story-2</link></item>"
                        + "<item><title>Gone</title><link>" + base + "/gone</link></item>"
                        + "</channel></rss>");
    }

    @AfterEach
    void stop() {
        slowPagesAnswer.countDown();
        server.stop(0);
    }

    private static String page(String title, String part) {
        return ArticleFixtures.NEWS_PAGE
                .replace("Commerce tightens chip export rules", title)
                .replace("tech/chip-rules", "tech/" + title.replace(' ', '-'))
                .replace("on Tuesday", "on Tuesday (" + title + ", part " + part + ")");
    }

    /** Lets the background import's UI updates run, until the button is enabled again. */
    private static void awaitBatch(ImportDialog dialog) {
        awaitUi(() -> {
            assertThat(dialog.urlImport.isEnabled()).as("batch finished").isTrue();
            assertThat(dialog.cancel.isVisible()).as("cancel hidden").isFalse();
        });
    }

    @Test
    void a_feed_and_a_page_are_fetched_with_a_result_per_item() {
        login(user("ui-web", Role.FACT_CHECKER));
        UI.getCurrent().navigate(ArticlesView.class);
        _get(ArticlesView.class).openImport();
        var dialog = _get(ImportDialog.class);
        _get(dialog, TabSheet.class).setSelectedIndex(2);

        _click(dialog.urlImport);
        assertThat(dialog.urls.isInvalid()).as("nothing entered").isTrue();

        _setValue(dialog.urls, base + "/feed.xml\n\n" + base + "/story-1\n");
        _click(dialog.urlImport);
        assertThat(dialog.progress.isVisible()).isTrue();
        assertThat(dialog.cancel.isVisible()).isTrue();
        awaitBatch(dialog);

        var outcomes = dialog.results.outcomes();
        assertThat(outcomes)
                .extracting(o -> o.status())
                // the page named again after the feed is the same address with the same text: unchanged
                .containsExactlyInAnyOrder(Status.IMPORTED, Status.IMPORTED, Status.FAILED, Status.UNCHANGED);
        assertThat(outcomes)
                .filteredOn(o -> o.status() == Status.FAILED)
                .singleElement()
                .satisfies(o -> assertThat(o.message()).contains("404"));
        assertThat(dialog.progressText.getText()).isEqualTo("4 processed");
        assertThat(dialog.progress.isVisible()).isFalse();
    }

    @Test
    void a_running_batch_can_be_cancelled_and_says_so() {
        login(user("ui-web", Role.FACT_CHECKER));
        UI.getCurrent().navigate(ArticlesView.class);
        _get(ArticlesView.class).openImport();
        var dialog = _get(ImportDialog.class);
        _get(dialog, TabSheet.class).setSelectedIndex(2);
        _setValue(dialog.urls, base + "/slow?1\n" + base + "/slow?2\n" + base + "/slow?3\n" + base + "/slow?4");
        _click(dialog.urlImport);
        _click(dialog.cancel);
        slowPagesAnswer.countDown();
        awaitBatch(dialog);
        assertThat(dialog.progressText.getText()).endsWith("(cancelled)");
        assertThat(dialog.results.outcomes()).extracting(o -> o.message()).contains("Cancelled.");
    }
}
