package org.factline.article.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factline.article.ArticleFixtures;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor(5L * 1024 * 1024);

    @Test
    void a_news_page_loses_its_boilerplate_and_keeps_its_metadata() throws Exception {
        var article = extractor.extract(
                "story.html",
                ArticleFixtures.NEWS_PAGE.getBytes(StandardCharsets.UTF_8),
                "https://wire.example/tech/chip-rules");

        assertThat(article.title()).isEqualTo("Commerce tightens chip export rules");
        assertThat(article.byline()).isEqualTo("Dana Reyes");
        assertThat(article.siteName()).isEqualTo("Example Wire");
        assertThat(article.published()).hasToString("2023-10-17T14:05Z");
        assertThat(article.lang()).isEqualTo("en");
        assertThat(article.canonicalUrl()).isEqualTo("https://wire.example/tech/chip-rules");
        assertThat(article.text())
                .contains("widened its controls on advanced computing chips", "What changes for manufacturers")
                .doesNotContain(
                        "Skip to main content",
                        "cookies",
                        "Share on",
                        "Related stories",
                        "Weather this week",
                        "rights reserved");
        assertThat(article.text()).contains("\n\n");
        assertThat(article.safeHtml()).doesNotContain("<script", "<nav", "<button");
    }

    @Test
    void a_plain_text_scrape_is_cleaned_like_a_page() throws Exception {
        String scrape = """
                Skip to main content
                Feature image for Chip rules widen again
                Chip rules widen again
                Original Source
                Export controls
                Semiconductors
                Written by: Sam Ortiz / Policy Desk
                The US government widened its chip export controls again, adding more countries and lowering the thresholds that require a licence.
                Officials said the goal was to close loopholes that allowed slightly slower chips to be shipped without review.
                Industry reaction
                Several chip makers said they would comply, while warning that the rules could cost them sales abroad.
                share-banner.png
                Subscribe to our newsletter
                bottom of page
                """;
        var article = extractor.extract("scrape.txt", scrape.getBytes(StandardCharsets.UTF_8), null);

        assertThat(article.title()).isEqualTo("Chip rules widen again");
        assertThat(article.byline()).isEqualTo("Sam Ortiz");
        assertThat(article.paragraphs())
                .containsExactly(
                        "The US government widened its chip export controls again, adding more countries and lowering the thresholds that require a licence.",
                        "Officials said the goal was to close loopholes that allowed slightly slower chips to be shipped without review.",
                        "Industry reaction",
                        "Several chip makers said they would comply, while warning that the rules could cost them sales abroad.");
    }

    @Test
    void repeated_blocks_of_a_scrape_appear_once() throws Exception {
        String para =
                "A Chinese lab released an open-weight model that matched leading US systems on several reasoning benchmarks.";
        var article = extractor.text(
                para + "\n" + para + "\nAnother sentence long enough to count as a paragraph in the text body here.");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void markdown_gets_its_heading_as_title() throws Exception {
        var article = extractor.extract(
                "note.md",
                "# Model launch\n\nThe lab published weights and a technical report on the same day.\n\n<script>alert(1)</script>"
                        .getBytes(StandardCharsets.UTF_8),
                null);
        assertThat(article.title()).isEqualTo("Model launch");
        assertThat(article.text()).isEqualTo("The lab published weights and a technical report on the same day.");
        assertThat(article.safeHtml()).doesNotContain("script");
    }

    @Test
    void pdf_and_word_documents_are_read_with_their_metadata() throws Exception {
        var pdf = extractor.extract(
                "report.pdf",
                ArticleFixtures.pdf("Export control report", "Licences are now required for advanced accelerators."),
                null);
        assertThat(pdf.text()).contains("Licences are now required for advanced accelerators.");
        assertThat(pdf.title()).isEqualTo("Export control report");

        var docx = extractor.extract(
                "memo.docx",
                ArticleFixtures.docx("The memo describes distillation attempts against hosted models."),
                null);
        assertThat(docx.text()).contains("The memo describes distillation attempts against hosted models.");
    }

    @Test
    void gzipped_files_are_unpacked_first() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(ArticleFixtures.NEWS_PAGE.getBytes(StandardCharsets.UTF_8));
        }
        var article = extractor.extract("story.html.gz", out.toByteArray(), null);
        assertThat(article.title()).isEqualTo("Commerce tightens chip export rules");
    }

    @Test
    void a_file_compressed_twice_is_refused_instead_of_unpacked_forever() throws Exception {
        var inner = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(inner)) {
            gz.write("text".getBytes(StandardCharsets.UTF_8));
        }
        var outer = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(outer)) {
            gz.write(inner.toByteArray());
        }
        assertRefused("twice.txt.gz", outer.toByteArray(), "compressed more than once");
    }

    @Test
    void text_files_in_chinese_japanese_and_western_code_pages_are_decoded() throws Exception {
        String chinese = "美国商务部周二宣布，对向中国出口的先进计算芯片和芯片制造设备实施新的限制措施。" + "官员表示，这些规定旨在限制先进人工智能模型的训练能力。外交部发言人回应称，中方坚决反对。";
        String japanese = "米商務省は火曜日、先端半導体と製造装置の対中輸出に新たな規制を導入すると発表した。" + "当局者によると、規則は高度な人工知能の開発を制限することを目的としている。";
        String western =
                "The ministry\u2019s spokesperson said the caf\u00e9 meeting was \u201cna\u00efve\u201d \u2013 "
                        + "officials in M\u00fcnchen and Z\u00fcrich disagreed about the export rules for chips. ";
        for (var sample : List.of(
                Map.entry("GB18030", chinese.repeat(3)),
                Map.entry("Big5", "美國商務部週二宣布對中國出口的先進計算晶片實施新的限制措施。官員表示這些規定旨在限制人工智慧。".repeat(4)),
                Map.entry("Shift_JIS", japanese.repeat(3)),
                Map.entry("windows-1252", western.repeat(3)))) {
            byte[] bytes = sample.getValue().getBytes(Charset.forName(sample.getKey()));
            var article = extractor.extract("notes.txt", bytes, null);
            assertThat(article.text())
                    .as(sample.getKey())
                    .contains(sample.getValue().substring(0, 20));
        }
    }

    @Test
    void control_characters_never_reach_the_text() throws Exception {
        var article = extractor.text("A statement about export rules that is long enough to count\u0000 as a paragraph"
                + " of text for the cleaner.");
        assertThat(article.text()).doesNotContain("\u0000").contains("long enough to count as a paragraph");
    }

    @Test
    void texts_that_declare_no_language_get_a_detected_one() throws Exception {
        var english = extractor.text(
                "The ministry said the new licence rules for advanced chips would take effect next month,"
                        + " after a consultation with industry groups and allied governments.");
        assertThat(english.lang()).isEqualTo("en");
        var german = extractor.text(
                "Das Ministerium teilte mit, dass die neuen Regeln für die Ausfuhr moderner Chips im nächsten"
                        + " Monat in Kraft treten, nachdem Verbände und Partnerländer angehört wurden.");
        assertThat(german.lang()).isEqualTo("de");
        var declared = extractor.extract(
                "story.html",
                ArticleFixtures.NEWS_PAGE
                        .replace("lang=\"en\"", "lang=\"en-GB\"")
                        .getBytes(StandardCharsets.UTF_8),
                null);
        assertThat(declared.lang()).isEqualTo("en-GB");
    }

    @Test
    void bad_files_are_refused_with_a_reason() {
        assertRefused("empty.txt", new byte[0], "empty");
        assertRefused("blank.txt", "   \n\t ".getBytes(StandardCharsets.UTF_8), "empty");
        assertRefused("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, "binary");
        assertRefused("huge.txt", new byte[6 * 1024 * 1024], "limit");
        assertRefused(
                "broken.pdf",
                "%PDF-1.7 this is not really a pdf".getBytes(StandardCharsets.UTF_8),
                "could not be read");
    }

    @Test
    void a_zip_bomb_disguised_as_word_file_is_refused() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                                    + "</Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                                    + " Target=\"word/document.xml\"/></Relationships>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                    + "<w:body><w:p><w:r><w:t>")
                            .getBytes(StandardCharsets.UTF_8));
            byte[] letters = "a".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 200; i++) {
                zip.write(letters);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(out.size()).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> extractor.extract("bomb.docx", out.toByteArray(), null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageMatching("(?is).*zip bomb.*");
    }

    @Test
    void broken_html_still_yields_text() throws Exception {
        String broken =
                "<html><body><div><p>Officials confirmed the new thresholds on Tuesday after weeks of talks with industry"
                        + " groups and allies<p>Companies have thirty days to comment on the rule, which takes effect next month"
                        + "<div><span>unclosed <b>tags everywhere</i></table>";
        var article = extractor.extract("broken.html", broken.getBytes(StandardCharsets.UTF_8), null);
        assertThat(article.text()).contains("Officials confirmed the new thresholds", "Companies have thirty days");
    }

    @Test
    void json_ld_wrapped_in_cdata_gives_the_metadata_of_the_story() throws Exception {
        String page = """
                <!doctype html><html lang="en"><head>
                <title>Council approves cycle lanes on Mill Road after long debate | Town Gazette</title>
                <meta property="og:title" content="Mill Road gets its cycle lanes | Town Gazette">
                <script type="application/ld+json"><![CDATA[{"@context":"https://schema.org","@type":"NewsArticle",
                  "headline":"Council approves cycle lanes on Mill Road after long debate",
                  "author":[{"@type":"Person","name":"Priya Natarajan"},{"@type":"Person","name":"Owen Hale"}],
                  "datePublished":"2025-03-04T18:20:00+00:00"}]]></script>
                </head><body><article><h1>Council approves cycle lanes on Mill Road after long debate</h1>
                <p class="byline">By Priya Natarajan and Owen Hale</p>
                <p>Councillors voted eleven to four for the lanes after a debate that ran past midnight.</p>
                </article></body></html>
                """;
        var article = extractor.html(page, "https://gazette.example/mill-road");

        assertThat(article.title()).isEqualTo("Council approves cycle lanes on Mill Road after long debate");
        assertThat(article.byline()).isEqualTo("Priya Natarajan, Owen Hale");
        assertThat(article.published()).hasToString("2025-03-04T18:20Z");
    }

    private void assertRefused(String name, byte[] bytes, String reason) {
        assertThatThrownBy(() -> extractor.extract(name, bytes, null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining(reason);
    }
}
