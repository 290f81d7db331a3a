package org.factline.article.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdArticleTest {

    @Test
    void the_article_object_gives_title_authors_publisher_and_date() {
        var ld = find("""
                {"@context":"https://schema.org","@type":"NewsArticle",
                 "headline":"Reservoir levels fall to a ten-year low","name":"Reservoir levels fall to a ten-year low",
                 "author":[{"@type":"Person","name":"Mira Okafor"},{"@type":"Person","name":" Tom Lindqvist "}],
                 "publisher":{"@type":"Organization","name":"Valley Ledger"},"datePublished":"2024-08-02T07:30:00+02:00"}
                """);

        assertThat(ld.headline()).isEqualTo("Reservoir levels fall to a ten-year low");
        assertThat(ld.byline()).isEqualTo("Mira Okafor, Tom Lindqvist");
        assertThat(ld.publisher()).isEqualTo("Valley Ledger");
        assertThat(ld.datePublished()).isEqualTo("2024-08-02T07:30:00+02:00");
    }

    @Test
    void cdata_markers_around_the_json_are_ignored() {
        var ld = find("""
                <![CDATA[
                {"@context":"http://schema.org","@type":"Article","name":"Reservoir levels fall",
                 "author":{"@type":"Organization","name":"Valley Ledger staff"}}
                ]]>
                """);

        assertThat(ld.name()).isEqualTo("Reservoir levels fall");
        assertThat(ld.byline()).isEqualTo("Valley Ledger staff");
    }

    @Test
    void other_types_are_passed_over_in_lists_graphs_and_earlier_scripts() {
        var doc = Jsoup.parse("""
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Clip"}</script>
                <script type="application/ld+json">[{"@context":"https://schema.org/","@type":"BreadcrumbList","name":"Home"},
                  {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Valley Ledger"},
                    {"@type":["BlogPosting"],"headline":"Reservoir levels fall","author":"Mira Okafor"}]}]</script>
                """);

        var ld = JsonLdArticle.find(doc).orElseThrow();
        assertThat(ld.headline()).isEqualTo("Reservoir levels fall");
        assertThat(ld.name()).isNull();
        assertThat(ld.byline()).isEqualTo("Mira Okafor");
    }

    @Test
    void a_context_object_with_a_schema_org_vocabulary_counts() {
        var ld = find("""
                {"@context":{"@vocab":"http://schema.org/","storyId":{"@id":"Text"}},"@type":"ReportageNewsArticle",
                 "headline":"Reservoir levels fall"}
                """);

        assertThat(ld.headline()).isEqualTo("Reservoir levels fall");
    }

    @Test
    void objects_of_another_vocabulary_and_broken_json_are_ignored() {
        var doc = Jsoup.parse("""
                <script type="application/ld+json">{"@context":"https://example.org/terms","@type":"Article","name":"Not it"}</script>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",</script>
                """);

        assertThat(JsonLdArticle.find(doc)).isEmpty();
    }

    @Test
    void author_addresses_and_empty_names_are_not_bylines() {
        var ld = find("""
                {"@context":"https://schema.org","@type":"Article","headline":"Reservoir levels fall",
                 "author":[{"@type":"Person","name":""},"https://valley.example/staff/okafor"]}
                """);

        assertThat(ld.byline()).isNull();
    }

    private static JsonLdArticle find(String json) {
        var doc = Jsoup.parse("<html><head><script type=\"application/ld+json\">" + json + "</script></head></html>");
        return JsonLdArticle.find(doc).orElseThrow();
    }
}
