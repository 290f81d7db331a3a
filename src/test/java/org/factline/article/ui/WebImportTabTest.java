package org.factline.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleFixtures;
import org.factline.article.ImportItemState;
import org.factline.article.ImportJobDriver;
import org.factline.article.ImportOutcome.Status;
import org.factline.article.UploadedFile;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The "From the web" and upload tabs start import jobs; a paste is imported at once. */
class WebImportTabTest extends AbstractAppTest {

    @Autowired
    ApplicationContext context;

    private HttpServer server;
    private String base;
    private String marker;

    @BeforeEach
    void web() throws Exception {
        marker = unique("web");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ArticleFixtures.serve(server, "/story-1", "text/html; charset=utf-8", page("Fetched one " + marker, "one"));
        ArticleFixtures.serve(server, "/story-2", "text/html; charset=utf-8", page("Fetched two " + marker, "two"));
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
        server.stop(0);
    }

    private static String page(String title, String part) {
        return ArticleFixtures.NEWS_PAGE
                .replace("Commerce tightens chip export rules", title)
                .replace("tech/chip-rules", "tech/" + title.replace(' ', '-'))
                .replace("on Tuesday", "on Tuesday (" + title + ", part " + part + ")");
    }

    @Test
    void a_list_of_addresses_becomes_a_job_followed_on_the_imports_page() {
        login(user("ui-web", Role.FACT_CHECKER));
        ImportJobDriver.cancelOpenItems(context);
        UI.getCurrent().navigate(ArticlesView.class);
        _get(ArticlesView.class).openImport();
        var dialog = _get(ImportDialog.class);
        _get(dialog, TabSheet.class).setSelectedIndex(2);

        _click(dialog.urlImport);
        assertThat(dialog.urls.isInvalid()).as("nothing entered").isTrue();
        assertThat(dialog.started.isVisible()).isFalse();

        assertThat(dialog.urlImport.isDisableOnClick())
                .as("a double click is one job")
                .isTrue();
        _setValue(dialog.urls, base + "/feed.xml\n\n" + base + "/story-1\n");
        _click(dialog.urlImport);
        assertThat(dialog.urls.isInvalid()).isFalse();
        assertThat(dialog.started.isVisible()).isTrue();
        var link = _get(dialog.started, Anchor.class);
        assertThat(link.getText()).isEqualTo("follow it on the Imports page");
        assertThat(dialog.started.getElement().getTextRecursively()).contains("Import started (2 items)");

        ImportJobDriver.workAll(context);
        UI.getCurrent().navigate(link.getHref());
        var job = _get(ImportJobView.class);
        var items = job.items.getGenericDataView().getItems().toList();
        // the feed, its three articles, and the page also listed on its own (the same text by then: unchanged)
        assertThat(items).hasSize(5);
        assertThat(items)
                .filteredOn(i -> i.state() == ImportItemState.FAILED)
                .singleElement()
                .satisfies(i -> assertThat(i.outcome()).contains("404"));
        assertThat(items)
                .filteredOn(i -> i.outcome() != null && i.outcome().startsWith("Unchanged:"))
                .hasSize(1);
        assertThat(items).filteredOn(i -> i.articleId() != null).hasSize(3);
    }

    @Test
    void uploaded_files_become_one_job() {
        login(user("ui-web", Role.FACT_CHECKER));
        UI.getCurrent().navigate(ArticlesView.class);
        _get(ArticlesView.class).openImport();
        var dialog = _get(ImportDialog.class);
        dialog.received(new UploadedFile("a.txt", ("First memo " + marker).getBytes(StandardCharsets.UTF_8)));
        dialog.received(new UploadedFile("b.txt", ("Second memo " + marker).getBytes(StandardCharsets.UTF_8)));
        dialog.submitFiles();
        assertThat(dialog.started.getElement().getTextRecursively()).contains("Import started (2 items)");
        ImportJobDriver.cancelOpenItems(context);
    }

    @Test
    void a_paste_is_still_imported_at_once() {
        login(user("ui-web", Role.FACT_CHECKER));
        UI.getCurrent().navigate(ArticlesView.class);
        _get(ArticlesView.class).openImport();
        var dialog = _get(ImportDialog.class);
        _setValue(dialog.pasteContent, "Pasted at once " + marker + ": the mayor said the bridge will reopen in May.");
        _click(dialog.pasteImport);
        assertThat(dialog.results.outcomes()).extracting(o -> o.status()).containsExactly(Status.IMPORTED);
    }
}
