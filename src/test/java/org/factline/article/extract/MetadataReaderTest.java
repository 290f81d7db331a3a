package org.factline.article.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private static final String LD = "<script type=\"application/ld+json\">%s</script>";

    @Test
    void the_json_ld_headline_wins_over_a_differing_og_title() {
        var meta = read("""
                <title>Reservoir levels fall to a ten-year low | Valley Ledger</title>
                <meta property="og:title" content="Why your tap water may cost more this autumn">
                """ + LD.formatted("""
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Reservoir levels fall to a ten-year low"}
                """));

        assertThat(meta.title()).isEqualTo("Reservoir levels fall to a ten-year low");
    }

    @Test
    void of_json_ld_name_and_headline_the_one_the_page_title_shows_wins() {
        String head = "<title>Reservoir levels fall to a ten-year low - Valley Ledger</title>";
        var siteAsName = read(head + LD.formatted("""
                {"@context":"https://schema.org","@type":"NewsArticle","name":"Valley Ledger",
                 "headline":"Reservoir levels fall to a ten-year low"}
                """));
        var storyAsName = read(head + LD.formatted("""
                {"@context":"https://schema.org","@type":"NewsArticle","name":"Reservoir levels fall to a ten-year low",
                 "headline":"Ten-year low"}
                """));

        assertThat(siteAsName.title()).isEqualTo("Reservoir levels fall to a ten-year low");
        assertThat(storyAsName.title()).isEqualTo("Reservoir levels fall to a ten-year low");
    }

    @Test
    void meta_titles_go_dublin_core_then_opengraph_then_twitter_then_the_title_element() {
        assertThat(read("""
                        <title>Title element words here | Site</title>
                        <meta name="twitter:title" content="Twitter title">
                        <meta property="og:title" content="OpenGraph title">
                        <meta name="DC.title" content="Dublin Core title">
                        """).title()).isEqualTo("Dublin Core title");
        assertThat(read("""
                        <title>Title element words here | Site</title>
                        <meta name="twitter:title" content="Twitter title">
                        """).title()).isEqualTo("Twitter title");
        assertThat(read("<title>Reservoir levels fall to a ten-year low | Valley Ledger</title>")
                        .title())
                .isEqualTo("Reservoir levels fall to a ten-year low");
    }

    @Test
    void the_byline_comes_from_json_ld_then_meta_tags_then_the_page() {
        String page = "<body><article><p class=\"byline\">By Page Byline</p></article></body>";
        assertThat(read(LD.formatted("""
                        {"@context":"https://schema.org","@type":"Article","author":{"@type":"Person","name":"Mira Okafor"}}
                        """) + "<meta name=\"author\" content=\"Meta Author\">", page)
                        .byline())
                .isEqualTo("Mira Okafor");
        assertThat(read(
                                "<meta name=\"author\" content=\"Meta Author\">"
                                        + "<meta property=\"dc:creator\" content=\"Dublin Core Author\">",
                                page)
                        .byline())
                .isEqualTo("Dublin Core Author");
        assertThat(read("<meta property=\"article:author\" content=\"https://social.example/okafor\">", page)
                        .byline())
                .isEqualTo("Page Byline");
        assertThat(read("<meta property=\"article:author\" content=\"Mira Okafor\">", page)
                        .byline())
                .isEqualTo("Mira Okafor");
    }

    @Test
    void microdata_authors_fill_in_when_the_head_names_none() {
        assertThat(read(
                                "",
                                "<body><div itemscope><meta itemprop=\"author\" content=\"Mira Okafor\">"
                                        + "<div class=\"dateline\">Updated 3 hours ago</div></div></body>")
                        .byline())
                .isEqualTo("Mira Okafor");
    }

    @Test
    void the_word_before_the_name_is_dropped_but_names_stay_whole() {
        assertThat(read("<meta name=\"author\" content=\"By Mira Okafor and Tom Lindqvist\">")
                        .byline())
                .isEqualTo("Mira Okafor and Tom Lindqvist");
        assertThat(read("<meta name=\"author\" content=\"Posted by Valley Ledger staff\">")
                        .byline())
                .isEqualTo("Valley Ledger staff");
        assertThat(read("<meta name=\"author\" content=\"Von Trapp\">").byline())
                .isEqualTo("Von Trapp");
    }

    @Test
    void the_date_comes_from_json_ld_then_article_tags_then_other_tags_and_time_elements() {
        String time = "<body><article><time datetime=\"2024-08-05T10:00:00Z\">5 August</time></article></body>";
        String tags = "<meta property=\"article:published_time\" content=\"2024-08-03T09:00:00+02:00\">"
                + "<meta name=\"pubdate\" content=\"2024-08-04\">";
        assertThat(read(LD.formatted("""
                        {"@context":"https://schema.org","@type":"Article","datePublished":"2024-08-02T07:30:00+0200"}
                        """) + tags, time).published()).hasToString("2024-08-02T07:30+02:00");
        assertThat(read(tags, time).published()).hasToString("2024-08-03T09:00+02:00");
        assertThat(read("<meta name=\"pubdate\" content=\"2024-08-04\">", time).published())
                .hasToString("2024-08-04T00:00Z");
        assertThat(read("", time).published()).hasToString("2024-08-05T10:00Z");
    }

    @Test
    void an_unreadable_date_gives_way_to_the_next_source() {
        assertThat(read("<meta property=\"article:published_time\" content=\"yesterday\">"
                                + "<meta name=\"parsely-pub-date\" content=\"2024-08-02 07:30:00\">")
                        .published())
                .hasToString("2024-08-02T07:30Z");
    }

    private static MetadataReader.Metadata read(String head) {
        return read(head, "<body></body>");
    }

    private static MetadataReader.Metadata read(String head, String body) {
        return MetadataReader.read(Jsoup.parse("<html><head>" + head + "</head>" + body + "</html>"));
    }
}
