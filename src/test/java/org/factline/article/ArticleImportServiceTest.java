package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.factline.AbstractIntegrationTest;
import org.factline.article.ImportOutcome.Status;
import org.factline.article.domain.ArticleOriginalRepository;
import org.factline.base.ConcurrentEditException;
import org.factline.security.AppRoles;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

class ArticleImportServiceTest extends AbstractIntegrationTest {

    @Autowired
    ArticleImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleOriginalRepository originals;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void signInAsFactChecker() {
        signIn(user("importer", Role.FACT_CHECKER));
    }

    @Test
    void pasted_text_is_imported_with_provenance_and_original_bytes() {
        String text = unique("Pasted report")
                + "\nThe ministry announced a new fund for domestic chip design, worth several billion yuan over five years.";
        var outcome = imports.importPaste("Chip fund announced", text, PasteFormat.AUTO);

        assertThat(outcome.status()).isEqualTo(Status.IMPORTED);
        var detail = articles.get(outcome.articleId());
        assertThat(detail.summary().title()).isEqualTo("Chip fund announced");
        assertThat(detail.summary().importedBy()).isEqualTo("importer");
        assertThat(detail.summary().sourceKind().name()).isEqualTo("PASTE");
        assertThat(new String(
                        originals.findById(outcome.articleId()).orElseThrow().getBytes(), StandardCharsets.UTF_8))
                .isEqualTo(text);
        assertThat(detail.sentences()).isNotEmpty();
    }

    @Test
    void the_same_text_twice_is_refused_with_a_link_to_the_first() {
        String text = "Regulators in Washington and Beijing traded statements about " + unique("chips")
                + " after the latest round of export restrictions was announced on Monday morning.";
        var first = imports.importPaste(null, text, PasteFormat.TEXT);
        long before = articles.count(ArticleFilter.all());

        var again = imports.importPaste("Another title", "  " + text.toUpperCase() + "  ", PasteFormat.TEXT);

        assertThat(again.status()).isEqualTo(Status.DUPLICATE);
        assertThat(again.articleId()).isEqualTo(first.articleId());
        assertThat(articles.count(ArticleFilter.all())).isEqualTo(before);
    }

    @Test
    void a_copy_with_other_boilerplate_is_flagged_as_possible_duplicate() {
        String marker = unique("lab");
        String story = String.join(
                "\n",
                IntStream.range(0, 8)
                        .mapToObj(
                                i -> "Sentence " + i + " of the report about " + marker
                                        + " describes how the new model was trained on export-compliant chips and then released openly.")
                        .toList());
        var original = imports.importPaste("Original story", story, PasteFormat.TEXT);
        var copy = imports.importPaste(
                "Syndicated copy",
                "Skip to main content\n" + story
                        + "\nA closing line added by the aggregator that is long enough to count as a paragraph.\nShare this article",
                PasteFormat.TEXT);

        assertThat(copy.status()).isEqualTo(Status.IMPORTED);
        assertThat(copy.similarTo()).isEqualTo(original.articleId());
        assertThat(copy.similarity()).isGreaterThan(0.7);
        var summary = articles.get(copy.articleId()).summary();
        assertThat(summary.possibleDuplicateOf()).isEqualTo(original.articleId());

        var kept = articles.keepAsSeparate(summary.id(), summary.version());
        assertThat(kept.possibleDuplicateOf()).isNull();
    }

    @Test
    void a_chinese_report_copied_with_other_boilerplate_is_flagged_and_a_different_one_is_not() {
        String marker = unique("cn");
        var original = imports.importPaste(
                "芯片出口管制新规", CjkFixtures.exportRuleOnSiteA().replace("新规", "新规" + marker), PasteFormat.TEXT);
        var copy = imports.importPaste(
                "转载：芯片出口管制新规", CjkFixtures.exportRuleOnSiteB().replace("新规", "新规" + marker), PasteFormat.TEXT);
        var other = imports.importPaste(
                "半导体产业园二期项目开工", CjkFixtures.INDUSTRY_PARK.replace("二期", "二期" + marker), PasteFormat.TEXT);

        assertThat(copy.status()).isEqualTo(Status.IMPORTED);
        assertThat(copy.similarTo()).isEqualTo(original.articleId());
        assertThat(copy.similarity()).isBetween(0.7, 0.99);
        assertThat(other.status()).isEqualTo(Status.IMPORTED);
        assertThat(other.similarTo()).isNull();
    }

    @Test
    void malicious_markup_in_an_imported_page_never_reaches_the_reader() {
        String page = "<html><head><title>" + unique("Hostile page") + "</title></head><body><article>"
                + "<p>Officials announced the new export thresholds on Monday after long talks with industry groups.</p>"
                + "<p onclick=\"alert(1)\">Click handlers and <script>alert(2)</script> scripts must be gone.<img src=x onerror=alert(3)></p>"
                + "<p><a href=\"javascript:alert(4)\">a javascript link</a> and <iframe src=\"https://evil.example\"></iframe> a frame.</p>"
                + "<p>Pasted links to <a href=\"/admin/users\">the admin page</a> and <a href=\"//evil.example/x\">elsewhere</a> lose their address.</p>"
                + "<p style=\"background:url(javascript:alert(5))\">Styled paragraphs lose their style attribute entirely.</p>"
                + "</article></body></html>";
        var outcome = imports.importPaste(null, page, PasteFormat.HTML);
        String html = articles.get(outcome.articleId()).safeHtml().toLowerCase(Locale.ROOT);
        assertThat(html)
                .contains("officials announced")
                .contains("the admin page", "elsewhere")
                .doesNotContain("<script", "onclick", "onerror", "javascript:", "<iframe", "style=", "alert(2)")
                .doesNotContain("localhost", "/admin/users", "evil.example");
    }

    @Test
    void bad_uploads_fail_clearly_and_store_nothing() {
        long before = articles.count(ArticleFilter.all());
        assertThat(imports.importFile("empty.txt", new byte[0]).message()).contains("empty");
        assertThat(imports.importFile("binary.txt", new byte[] {0, 1, 2, 3, 0, 5})
                        .message())
                .contains("binary");
        assertThat(imports.importFile("fake.pdf", "%PDF-1.4 not a pdf".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(Status.FAILED);
        assertThat(imports.importFile("huge.html", new byte[25 * 1024 * 1024]).message())
                .contains("limit");
        byte[] deep = ("<html><body>" + "<div>".repeat(10_000) + "Deep text." + "</div>".repeat(10_000)
                        + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(imports.importFile("deep.html", deep).message())
                .startsWith("This page is nested too deeply to import");
        assertThat(articles.count(ArticleFilter.all())).isEqualTo(before);
    }

    @Test
    void uploaded_pages_and_documents_are_imported() throws Exception {
        String page = ArticleFixtures.NEWS_PAGE
                .replace("Commerce tightens", unique("Commerce tightens"))
                .replace("tech/chip-rules", unique("tech/rules"))
                .replace("on Tuesday", unique("on Tuesday"));
        var html = imports.importFile("story.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(html.status()).isEqualTo(Status.IMPORTED);
        var summary = articles.get(html.articleId()).summary();
        assertThat(summary.siteName()).isEqualTo("Example Wire");
        assertThat(summary.byline()).isEqualTo("Dana Reyes");

        var docx = imports.importFile(
                "memo.docx",
                ArticleFixtures.docx(unique("Memo") + " on hosted model distillation attempts by outside groups."));
        assertThat(docx.status()).isEqualTo(Status.IMPORTED);
    }

    @Test
    void pages_are_fetched_from_the_web_following_redirects() throws Exception {
        String page = ArticleFixtures.NEWS_PAGE
                .replace("Commerce tightens", unique("Fetched"))
                .replace("tech/chip-rules", unique("tech/fetched"))
                .replace("on Tuesday", unique("on Tuesday"));
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/story");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/story", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            var fetched = imports.importUrl(base + "/old");
            assertThat(fetched.status()).isEqualTo(Status.IMPORTED);
            var detail = articles.get(fetched.articleId());
            assertThat(detail.sourceUrl()).isEqualTo(base + "/story");
            assertThat(detail.summary().sourceKind().name()).isEqualTo("URL");

            assertThat(imports.importUrl(base + "/missing").message()).contains("404");
            assertThat(imports.importUrl("ftp://example.org/file").message()).contains("Only http and https");
            assertThat(imports.importUrl("http://unreachable.invalid/").status())
                    .isEqualTo(Status.FAILED);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void editors_archive_and_restore_and_fact_checkers_may_not() {
        var outcome = imports.importPaste(
                unique("Archive me"),
                "A paragraph long enough to be stored as an article body for this archive test.",
                PasteFormat.TEXT);
        var summary = articles.get(outcome.articleId()).summary();
        assertThatThrownBy(() -> articles.archive(summary.id(), summary.version()))
                .isInstanceOf(AccessDeniedException.class);

        signIn(user("archiver", Role.EDITOR));
        var archived = articles.archive(summary.id(), summary.version());
        assertThat(articles.find(
                        new ArticleFilter(summary.title(), null, null, null, null, false), 0, 10, Sort.unsorted()))
                .isEmpty();
        assertThat(articles.find(
                        new ArticleFilter(summary.title(), null, null, null, null, true), 0, 10, Sort.unsorted()))
                .hasSize(1);
        assertThatThrownBy(() -> articles.archive(summary.id(), summary.version()))
                .isInstanceOf(ConcurrentEditException.class);
        articles.restore(archived.id(), archived.version());
        assertThat(articles.find(
                        new ArticleFilter(summary.title(), null, null, null, null, false), 0, 10, Sort.unsorted()))
                .hasSize(1);
    }

    @Test
    void admins_without_editorial_roles_cannot_import() {
        signIn(user("pure-admin", Role.ADMIN));
        assertThatThrownBy(() -> imports.importPaste(null, "text", PasteFormat.TEXT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.count(ArticleFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_feed_imports_each_of_its_articles_and_reports_broken_items() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Demo feed</title>"
                + "<item><title>One</title><link>" + base + "/one</link></item>"
                + "<item><title>Two</title><link>" + base + "/two</link></item>"
                + "<item><title>Gone</title><link>" + base + "/gone</link></item>"
                + "</channel></rss>";
        ArticleFixtures.serve(server, "/feed.xml", "application/rss+xml", rss);
        ArticleFixtures.serve(server, "/broken.xml", "application/rss+xml", "<rss><channel><item><link>");
        for (String path : new String[] {"/one", "/two"}) {
            ArticleFixtures.serve(
                    server,
                    path,
                    "text/html",
                    ArticleFixtures.NEWS_PAGE
                            .replace("Commerce tightens", unique("Feed item"))
                            .replace("tech/chip-rules", unique("feed"))
                            .replace("on Tuesday", unique("on Tuesday")));
        }
        server.start();
        try {
            var outcomes = new ArrayList<ImportOutcome>();
            imports.importUrls(List.of(base + "/feed.xml", base + "/broken.xml"), outcomes::add, () -> false);

            assertThat(outcomes)
                    .extracting(ImportOutcome::status)
                    .containsExactly(Status.IMPORTED, Status.IMPORTED, Status.FAILED, Status.FAILED);
            assertThat(outcomes.get(2).message()).contains("404");
            assertThat(outcomes.get(3).item()).endsWith("/broken.xml");

            var cancelled = new ArrayList<ImportOutcome>();
            imports.importUrls(List.of(base + "/one"), cancelled::add, () -> true);
            assertThat(cancelled.getFirst().message()).isEqualTo("Cancelled.");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void the_character_set_a_server_declares_is_used_for_pages_without_a_meta_tag() throws Exception {
        String title = unique("DeepSeek") + " 发布新模型";
        String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<p>深度求索公司于二〇二五年一月二十日发布了推理模型，并公开了模型权重和技术报告。"
                + unique("参考") + "</p><p>分析人士称，这一消息导致芯片股大幅下跌。</p></article></body></html>";
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/gbk", exchange -> {
            byte[] bytes = html.getBytes(Charset.forName("GB18030"));
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=GB18030");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            var fetched =
                    imports.importUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/gbk");
            assertThat(fetched.status()).isEqualTo(Status.IMPORTED);
            var detail = articles.get(fetched.articleId());
            assertThat(detail.summary().title()).isEqualTo(title);
            assertThat(String.join(" ", detail.sentences().getFirst())).contains("深度求索公司");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void no_more_than_a_few_pages_are_fetched_at_once_on_a_node() throws Exception {
        var active = new AtomicInteger();
        var most = new AtomicInteger();
        var answer = new CountDownLatch(1); // the pages answer when the test says so
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/slow", exchange -> {
            most.accumulateAndGet(active.incrementAndGet(), Math::max);
            try {
                answer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            active.decrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        String name = user("import-bound", AppRoles.Role.FACT_CHECKER);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/slow?";
            var results = new ArrayList<Future<ImportOutcome>>();
            for (int i = 0; i < 10; i++) {
                String url = base + i;
                results.add(pool.submit(() -> SystemAuthentication.runAs(name, () -> imports.importUrl(url))));
            }
            // While the first pages are held, every fetch that is allowed to start has started.
            await().atMost(Duration.ofSeconds(10))
                    .during(Duration.ofMillis(500))
                    .until(() -> active.get() >= 2);
            answer.countDown();
            for (var r : results) {
                assertThat(r.get().message()).contains("404");
            }
        } finally {
            answer.countDown();
            server.stop(0);
        }
        assertThat(most.get()).isBetween(2, ArticleImportService.FETCHES_PER_NODE);
    }

    @Test
    void two_imports_of_one_address_at_the_same_moment_store_one_article_and_tell_the_other() throws Exception {
        String name = user("import-racer", AppRoles.Role.FACT_CHECKER);
        for (int round = 0; round < 5; round++) {
            String page = ArticleFixtures.NEWS_PAGE
                    .replace("Commerce tightens", unique("Raced"))
                    .replace("tech/chip-rules", unique("tech/raced"))
                    .replace("on Tuesday", unique("on Tuesday"));
            var arrived = new CountDownLatch(2); // both requests reach the server before either answers
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/story", exchange -> {
                arrived.countDown();
                try {
                    arrived.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] body = page.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                var first = pool.submit(() -> SystemAuthentication.runAs(name, () -> imports.importUrl(url)));
                var second = pool.submit(() -> SystemAuthentication.runAs(name, () -> imports.importUrl(url)));
                var outcomes = List.of(first.get(), second.get());
                assertThat(arrived.getCount()).as("both fetched at once").isZero();
                assertThat(outcomes)
                        .extracting(ImportOutcome::status)
                        .as("round " + round)
                        .containsOnlyOnce(Status.IMPORTED)
                        .doesNotContain(Status.FAILED);
                var loser = outcomes.stream()
                        .filter(o -> o.status() != Status.IMPORTED)
                        .findFirst()
                        .orElseThrow();
                assertThat(loser.articleId())
                        .as("the loser is pointed at the winner's article")
                        .isEqualTo(outcomes.stream()
                                .filter(o -> o.status() == Status.IMPORTED)
                                .findFirst()
                                .orElseThrow()
                                .articleId());
                assertThat(loser.message()).isNotBlank();
                assertThat(jdbc.queryForObject("select count(*) from article where source_url = ?", Integer.class, url))
                        .as("one article stored, none half")
                        .isEqualTo(1);
            } finally {
                server.stop(0);
            }
        }
    }
}
