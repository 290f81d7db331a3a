package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factline.AbstractIntegrationTest;
import org.factline.base.export.ExportFormat;
import org.factline.security.AppRoles.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import tools.jackson.databind.json.JsonMapper;

/** The articles export: the list's articles for the person exporting, its filters and sorts, no text. */
class ArticleExportTest extends AbstractIntegrationTest {

    @Autowired
    ArticleExport export;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleImportService imports;

    String checker;
    String editor;
    String marker;
    String site;
    long chinese;
    long formula;
    long undated;
    long archived;

    @BeforeEach
    void articlesOfOnePublisher() {
        checker = user("artexport-checker", Role.FACT_CHECKER);
        editor = user("artexport-editor", Role.EDITOR);
        signIn(checker);
        marker = marker("artexport");
        site = "Desk " + marker;
        chinese = article(marker + " 英伟达：出口新规影响有限", LocalDate.of(2025, 1, 9));
        formula = article("=cmd|' /C calc'!A0 " + marker, LocalDate.of(2025, 3, 1));
        undated = article(marker + " Rules, \"clarified\", again", null);
        archived = article(marker + " Withdrawn story", LocalDate.of(2024, 12, 1));
        signIn(editor);
        articles.archive(archived, articles.get(archived).summary().version());
        signIn(checker);
    }

    @Test
    void csv_and_json_give_the_lists_articles_with_their_details() throws IOException {
        var bySite = new ArticleFilter(null, site, null, null, null, false);
        List<CSVRecord> rows = csv(write(bySite, Sort.by("title"), ExportFormat.CSV));

        assertThat(ids(rows)).containsExactlyElementsOf(listed(bySite, Sort.by("title")));
        var first = rows.stream()
                .filter(r -> r.get("id").equals(String.valueOf(formula)))
                .findFirst()
                .orElseThrow();
        assertThat(first.get("title")).isEqualTo("'=cmd|' /C calc'!A0 " + marker);
        assertThat(first.get("publisher")).isEqualTo(site);
        assertThat(first.get("published_at")).startsWith("2025-03-01");
        assertThat(first.get("imported_by")).isEqualTo(checker);
        assertThat(first.get("source_kind")).isEqualTo("paste");
        assertThat(first.get("status")).isEqualTo("active");
        assertThat(rows.getFirst().getParser().getHeaderNames()).doesNotContain("text", "body_text");
        assertThat(rows.stream().map(r -> r.get("title")))
                .contains(marker + " 英伟达：出口新规影响有限", marker + " Rules, \"clarified\", again");

        var json = JsonMapper.builder().build().readTree(write(bySite, Sort.by("title"), ExportFormat.JSON));
        assertThat(json.size()).isEqualTo(3);
        assertThat(json.findValuesAsString("title")).contains("=cmd|' /C calc'!A0 " + marker);
        assertThat(json.get(0).get("word_count").isNumber()).isTrue();
    }

    @Test
    void archived_articles_are_exported_to_editors_only_as_the_list_shows_them() {
        var withArchived = new ArticleFilter(null, site, null, null, null, true);
        assertThat(ids(csv(write(withArchived, Sort.unsorted(), ExportFormat.CSV))))
                .containsExactlyInAnyOrder(chinese, formula, undated);

        signIn(editor);
        var rows = csv(write(withArchived, Sort.unsorted(), ExportFormat.CSV));
        assertThat(ids(rows)).containsExactlyElementsOf(listed(withArchived, Sort.unsorted()));
        assertThat(ids(rows)).contains(archived);
        assertThat(rows.stream()
                        .filter(r -> r.get("id").equals(String.valueOf(archived)))
                        .map(r -> r.get("status")))
                .containsExactly("archived");
    }

    @Test
    void sorted_by_a_column_with_empty_values_they_come_last() {
        var bySite = new ArticleFilter(null, site, null, null, null, false);
        assertThat(ids(csv(write(bySite, Sort.by(Sort.Order.desc("publishedAt")), ExportFormat.CSV))))
                .containsExactly(formula, chinese, undated);
        assertThat(ids(csv(write(bySite, Sort.by("publishedAt"), ExportFormat.CSV))))
                .containsExactly(chinese, formula, undated);
    }

    @Test
    void the_text_filter_reads_the_search_index_like_the_list() {
        var byText = new ArticleFilter(marker, null, null, null, null, false);
        for (Sort sort : List.of(Sort.unsorted(), Sort.by("title"), Sort.by(Sort.Order.desc("wordCount")))) {
            assertThat(ids(csv(write(byText, sort, ExportFormat.CSV))))
                    .as(sort.toString())
                    .containsExactlyElementsOf(listed(byText, sort))
                    .hasSize(3);
        }
    }

    private long article(String title, @Nullable LocalDate published) {
        long id = imports.importPaste(
                        title,
                        "A report on trade rules " + unique("body") + ", long enough to be an article of its own.",
                        PasteFormat.TEXT)
                .articleId();
        var s = articles.get(id).summary();
        articles.updateMetadata(id, s.version(), new MetadataEdit(title, null, site, published, null, null));
        return id;
    }

    private List<Long> listed(ArticleFilter filter, Sort sort) {
        return articles.find(filter, 0, 50, sort).stream()
                .map(ArticleSummary::id)
                .toList();
    }

    private static List<Long> ids(List<CSVRecord> rows) {
        return rows.stream().map(r -> Long.parseLong(r.get("id"))).toList();
    }

    private String write(ArticleFilter filter, Sort sort, ExportFormat format) {
        var out = new ByteArrayOutputStream();
        export.write(filter, sort, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(text))
                    .getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
