package org.factline.article.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetaTagsTest {

    @Test
    void names_are_read_whatever_their_spelling() {
        var meta = tags("""
                <meta name="DC.Creator" content="Mira Okafor">
                <meta name="Twitter:Title" content="Reservoir levels fall">
                <meta name="parsely-pub-date" content="2024-08-02T05:30:00Z">
                <meta name="AUTHOR" content="Valley Ledger staff">
                """);

        assertThat(meta.get("dc:creator")).isEqualTo("Mira Okafor");
        assertThat(meta.get("twitter:title")).isEqualTo("Reservoir levels fall");
        assertThat(meta.get("parsely-pub-date")).isEqualTo("2024-08-02T05:30:00Z");
        assertThat(meta.get("author")).isEqualTo("Valley Ledger staff");
    }

    @Test
    void a_property_list_counts_under_its_first_known_term() {
        var meta = tags("""
                <meta property="x:title dc:title" content="Reservoir levels fall">
                <meta property="dc:creator twitter:site_name" content="Mira Okafor">
                <meta property="og:article:published_time" content="2024-08-02T05:30:00Z">
                """);

        assertThat(meta.get("dc:title")).isEqualTo("Reservoir levels fall");
        assertThat(meta.get("dc:creator")).isEqualTo("Mira Okafor");
        assertThat(meta.get("twitter:site_name")).isNull();
        assertThat(meta.get("article:published_time")).isEqualTo("2024-08-02T05:30:00Z");
    }

    @Test
    void the_first_key_the_page_has_wins_and_for_one_key_the_last_tag() {
        var meta = tags("""
                <meta property="og:title" content="Reservoir levels fall | Valley Ledger">
                <meta property="dc:title" content="Reservoir levels fall">
                <meta name="dc.creator" content="Mira Okafor">
                <meta property="dc:creator" content="Tom Lindqvist">
                <meta property="og:description">
                """);

        assertThat(meta.get("dc:title", "og:title")).isEqualTo("Reservoir levels fall");
        assertThat(meta.get("twitter:title", "og:title")).isEqualTo("Reservoir levels fall | Valley Ledger");
        assertThat(meta.get("dc:creator")).isEqualTo("Tom Lindqvist");
        assertThat(meta.get("og:description")).isNull();
    }

    @Test
    void other_tags_are_found_by_name_property_or_itemprop() {
        var meta = tags("""
                <meta itemprop="datePublished" content="2024-08-02">
                <meta http-equiv="Content-Language" content="de">
                """);

        assertThat(meta.named("pubdate", "datepublished")).isEqualTo("2024-08-02");
        assertThat(meta.named("content-language")).isEqualTo("de");
        assertThat(meta.named("sailthru.author")).isNull();
    }

    private static MetaTags tags(String head) {
        return MetaTags.of(Jsoup.parse("<html><head>" + head + "</head><body></body></html>"));
    }
}
