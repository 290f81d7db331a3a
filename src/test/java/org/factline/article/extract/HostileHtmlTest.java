package org.factline.article.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages built to hurt the importer: links that would point into Factline, and trees that would take minutes. */
class HostileHtmlTest {

    private static final String STORY = "<p>"
            + "Officials confirmed the new export thresholds on Tuesday after weeks of talks with industry groups. "
                    .repeat(4)
            + "</p>";

    private final ArticleExtractor extractor = new ArticleExtractor(5L * 1024 * 1024);

    @Test
    void pasted_html_without_an_address_keeps_the_text_of_relative_links_but_not_their_address() throws Exception {
        var article = extractor.html(page("""
                <a href="/admin/users">users</a> <a href="//evil.example/x">elsewhere</a>
                <a href="page.html">next</a> <a href="#notes">notes</a> <a href=" \\\\evil.example/y">slashes</a>
                <a href="https://ok.example/a">source</a>"""), null);

        assertThat(hrefs(article)).containsExactly("https://ok.example/a");
        assertThat(article.text()).contains("users", "elsewhere", "next", "notes", "slashes", "source");
        assertThat(article.safeHtml()).doesNotContain("localhost", "evil.example");
    }

    @Test
    void an_uploaded_page_without_an_address_is_treated_the_same() throws Exception {
        var article = extractor.extract(
                "page.html",
                page("<a href=\"/admin/users\">users</a> <a href=\"//evil.example/x\">elsewhere</a>")
                        .getBytes(StandardCharsets.UTF_8),
                null);

        assertThat(hrefs(article)).isEmpty();
        assertThat(article.text()).contains("users", "elsewhere");
    }

    @Test
    void with_a_real_address_relative_links_resolve_against_it() throws Exception {
        var article = extractor.html(
                page("<a href=\"/admin/users\">users</a> <a href=\"page.html\">next</a>"
                        + " <a href=\"//cdn.example/x\">elsewhere</a>"),
                "https://news.example/2024/story.html");

        assertThat(hrefs(article))
                .containsExactly(
                        "https://news.example/admin/users",
                        "https://news.example/2024/page.html",
                        "https://cdn.example/x");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                " javascript:alert(1)",
                "jav&#x09;ascript:alert(1)",
                "java&#10;script:alert(1)",
                "&#x0A;javascript:alert(1)",
                "&#106;&#97;vascript:alert(1)",
                "javascript&colon;alert(1)",
                "&#0000106avascript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "DaTa:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)",
                "VbScRiPt&#58;msgbox(1)",
                " &#x09;vbscript:msgbox(1)"
            })
    void script_and_data_links_are_dropped_in_every_spelling(String href) throws Exception {
        for (String address : new String[] {null, "https://news.example/2024/story.html"}) {
            var article = extractor.html(page("<a href=\"" + href + "\">click</a>"), address);

            assertThat(article.text()).contains("click");
            assertThat(hrefs(article))
                    .as("%s with address %s", href, address)
                    .allSatisfy(link -> assertThat(link).startsWith("https://news.example/"));
            assertThat(article.safeHtml().toLowerCase(Locale.ROOT)).doesNotContain("script:", "data:");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_page_nested_ten_thousand_or_a_hundred_thousand_deep_is_refused_with_a_reason() {
        for (int depth : new int[] {10_000, 100_000}) {
            byte[] page = ("<html><body>" + "<div>".repeat(depth) + STORY + "</div>".repeat(depth) + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> extractor.extract("deep.html", page, null))
                    .isInstanceOf(ExtractionException.class)
                    .hasMessageStartingWith("This page is nested too deeply to import");
            assertThatThrownBy(() -> extractor.html(new String(page, StandardCharsets.UTF_8), null))
                    .isInstanceOf(ExtractionException.class)
                    .hasMessageStartingWith("This page is nested too deeply to import");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_page_nested_deeper_than_any_real_one_but_within_the_bound_still_imports() throws Exception {
        int depth = PageShape.MAX_DEPTH - 10;
        var article = extractor.html(
                "<html><body>" + "<div>".repeat(depth) + STORY + "</div>".repeat(depth) + "</body></html>", null);

        assertThat(article.text()).contains("Officials confirmed the new export thresholds");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_page_of_more_elements_than_the_bound_is_refused_with_a_reason() {
        String page = "<html><body>" + "<div></div>".repeat(PageShape.MAX_ELEMENTS) + STORY + "</body></html>";

        assertThatThrownBy(() -> extractor.html(page, null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("elements, too many to import");
    }

    private static String page(String links) {
        return "<html><head><title>Export rules</title></head><body><article><h1>Export rules</h1>" + STORY + "<p>See "
                + links + ".</p>" + STORY + "</article></body></html>";
    }

    private static List<String> hrefs(ExtractedArticle article) {
        return Jsoup.parseBodyFragment(article.safeHtml()).select("a").stream()
                .filter(a -> a.hasAttr("href"))
                .map(a -> a.attr("href"))
                .toList();
    }
}
