package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factline.AbstractIntegrationTest;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/** The articles list's text filter, answered from the search index together with the other filters. */
class ArticleListFilterTest extends AbstractIntegrationTest {

    @Autowired
    ArticleImportService imports;

    @Autowired
    ArticleService articles;

    private String marker;

    @BeforeEach
    void signInAsFactChecker() {
        signIn(user("lister", Role.FACT_CHECKER));
        // One word no other test's article has, so every query below sees only this test's articles.
        marker = unique("qx").replaceAll("[^a-z0-9]", "");
    }

    @Test
    void every_typed_word_starts_a_word_of_the_title_publisher_or_byline() {
        long deepseek = article(marker + " DeepSeek-V3 tops the open-weight leaderboard", "Signal Wire", "Mei Lin");
        long chips = article(marker + " Export rules for H20 chips change again", "Harbor Times", "Sam Ortiz");

        assertThat(titles(marker + " deeps")).containsExactly(title(deepseek));
        assertThat(titles(marker + " v3")).containsExactly(title(deepseek));
        assertThat(titles("DEEPSEEK-V3 " + marker)).containsExactly(title(deepseek));
        assertThat(titles(marker + " harbor")).containsExactly(title(chips));
        assertThat(titles(marker + " ortiz")).containsExactly(title(chips));
        assertThat(titles(marker + " chips export")).containsExactly(title(chips));
        assertThat(titles(marker + " leaderboard h20")).isEmpty();
        assertThat(titles(marker + " eepseek"))
                .as("words match from their start")
                .isEmpty();
        assertThat(articles.count(filter(marker))).isEqualTo(2);
    }

    @Test
    void punctuation_alone_filters_nothing_and_stray_syntax_is_plain_text() {
        long count = articles.count(ArticleFilter.all());
        assertThat(articles.count(filter("  --- ... "))).isEqualTo(count);
        article(marker + " Tariff (draft) notice", "Wire \"One\"", null);
        assertThat(titles(marker + " (draft)*")).hasSize(1);
        assertThat(titles(marker + " \"one")).hasSize(1);
    }

    @Test
    void the_text_filter_combines_with_publisher_dates_sorting_and_paging() {
        long a = article(marker + " Alpha story", "Signal Wire", null);
        long b = article(marker + " Bravo story", "Signal Wire", null);
        long c = article(marker + " Charlie story", "Other Desk", null);
        publish(a, LocalDate.of(2025, 1, 10));
        publish(b, LocalDate.of(2025, 3, 5));
        publish(c, LocalDate.of(2025, 3, 6));

        var signal = new ArticleFilter(marker, "signal wire", null, null, null, false);
        assertThat(articles.count(signal)).isEqualTo(2);
        assertThat(articles.find(signal, 0, 10, Sort.by("title")).stream().map(ArticleSummary::id))
                .containsExactly(a, b);
        assertThat(articles.find(signal, 0, 10, Sort.by(Sort.Order.desc("title"))).stream()
                        .map(ArticleSummary::id))
                .containsExactly(b, a);
        assertThat(articles.find(filter(marker), 1, 1, Sort.by("publishedAt")).stream()
                        .map(ArticleSummary::id))
                .containsExactly(b);
        var march = new ArticleFilter(marker, null, null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 5), false);
        assertThat(articles.find(march, 0, 10, Sort.unsorted()).stream().map(ArticleSummary::id))
                .containsExactly(b);
        assertThat(
                        articles
                                .find(
                                        new ArticleFilter(marker, null, "lister", null, null, false),
                                        0,
                                        10,
                                        Sort.unsorted())
                                .stream()
                                .map(ArticleSummary::id))
                .as("newest import first by default")
                .containsExactly(c, b, a);
    }

    @Test
    void corrected_metadata_and_archiving_show_in_the_filter_at_once() {
        long id = article(marker + " Early headline", "Signal Wire", null);
        var summary = articles.get(id).summary();
        articles.updateMetadata(
                id,
                summary.version(),
                new MetadataEdit(marker + " Corrected headline", null, "Signal Wire", null, null, null));

        assertThat(titles(marker + " early")).isEmpty();
        assertThat(titles(marker + " corrected")).containsExactly(marker + " Corrected headline");

        signIn(user("list-editor", Role.EDITOR));
        var current = articles.get(id).summary();
        articles.archive(id, current.version());
        assertThat(articles.count(filter(marker))).isZero();
        assertThat(articles.count(new ArticleFilter(marker, null, null, null, null, true)))
                .isEqualTo(1);
    }

    private long article(String title, String site, String byline) {
        String body = "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"" + site
                + "\">" + (byline == null ? "" : "<meta name=\"author\" content=\"" + byline + "\">")
                + "</head><body><article><h1>" + title + "</h1><p>" + unique("Body")
                + " A paragraph long enough to be kept as the article's text by the extractor, about trade.</p>"
                + "</article></body></html>";
        var outcome = imports.importPaste(title, body, PasteFormat.HTML);
        var summary = articles.get(outcome.articleId()).summary();
        if (!title.equals(summary.title()) || !site.equals(summary.siteName())) {
            articles.updateMetadata(
                    summary.id(), summary.version(), new MetadataEdit(title, byline, site, null, null, null));
        }
        return outcome.articleId();
    }

    private void publish(long id, LocalDate day) {
        var s = articles.get(id).summary();
        articles.updateMetadata(
                id, s.version(), new MetadataEdit(s.title(), s.byline(), s.siteName(), day, null, null));
    }

    private String title(long id) {
        return articles.get(id).summary().title();
    }

    private List<String> titles(String text) {
        return articles.find(filter(text), 0, 20, Sort.unsorted()).stream()
                .map(ArticleSummary::title)
                .toList();
    }

    private static ArticleFilter filter(String text) {
        return new ArticleFilter(text, null, null, null, null, false);
    }
}
