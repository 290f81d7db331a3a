package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Highlighted titles and snippets on the results page: what is marked, escaping, long texts. */
class SearchHighlightsTest extends AbstractSearchTest {

    @Test
    void snippets_escape_markup_and_mark_only_the_matches() {
        article("Scripted <b>title</b>", "Before <script>alert('x')</script> the ministry denied the report.");

        SearchHit hit = hits("ministry").getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>ministry</mark>");
        assertThat(hit.snippetHtml()).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(hit.titleHtml()).doesNotContain("<b>");
        assertThat(hit.snippetHtml().replaceAll("</?mark>", "")).doesNotContain("<");
    }

    @Test
    void highlights_mark_word_forms_phrases_prefixes_and_names_where_the_search_found_them() {
        article(
                "Export controls on Qwen2.5 servers",
                "Officials said export rules changed. The new export controls cover servers running Qwen2.5,"
                        + " and a later control list added semiconductors. Nothing else was exported.");

        SearchHit word = hits("controlling").getFirst();
        assertThat(word.titleHtml()).isEqualTo("Export <mark>controls</mark> on Qwen2.5 servers");
        assertThat(word.snippetHtml()).contains("<mark>controls</mark>").contains("<mark>control</mark>");

        SearchHit phrase = hits("\"export controls\"").getFirst();
        assertThat(phrase.snippetHtml())
                .as("only the phrase, not its words elsewhere")
                .contains("<mark>export</mark> <mark>controls</mark>")
                .doesNotContain("<mark>export</mark> rules");

        SearchHit prefix = hits("semicond*").getFirst();
        assertThat(prefix.snippetHtml()).contains("<mark>semiconductors</mark>");
        assertThat(hits("exporte*").getFirst().snippetHtml())
                .as("a prefix of the written form, not of the stem")
                .contains("<mark>exported</mark>");

        assertThat(hits("Qwen2.5").getFirst().titleHtml())
                .as("a name and its parts are one mark")
                .isEqualTo("Export controls on <mark>Qwen2.5</mark> servers");
        assertThat(hits("qwen").getFirst().titleHtml()).isEqualTo("Export controls on <mark>Qwen</mark>2.5 servers");
    }

    @Test
    void long_texts_are_highlighted_in_their_first_part_and_found_everywhere() {
        String filler = "Quiet harbour news of the week. ".repeat(400);
        article("Long report", "An early wombatting remark. " + filler + " A late zebrafinch sighting.");

        assertThat(hits("wombatting").getFirst().snippetHtml()).contains("<mark>wombatting</mark>");
        SearchHit late = hits("zebrafinch").getFirst();
        assertThat(late.title()).isEqualTo("Long report");
        assertThat(late.snippetHtml())
                .as("beyond the highlighted part: the start, without the late word")
                .doesNotContain("zebrafinch")
                .contains("early wombatting");
    }

    @Test
    void typo_tolerant_results_mark_the_words_that_matched_and_offer_the_corrected_query() {
        article("DeepSeek pricing", "DeepSeek cut its prices again; rivals followed DeepSeek within a week.");

        SearchResults results = search.search(marker + " Deepsek pricing", SearchSort.RELEVANCE, 0, 10);
        assertThat(results.fuzzy()).isTrue();
        assertThat(results.corrections()).containsExactly(java.util.Map.entry("Deepsek", "DeepSeek"));
        assertThat(results.didYouMean(marker + " Deepsek pricing")).isEqualTo(marker + " DeepSeek pricing");
        SearchHit hit = results.hits().getFirst();
        assertThat(hit.titleHtml()).contains("<mark>DeepSeek</mark>").contains("<mark>pricing</mark>");
        assertThat(hit.snippetHtml()).contains("<mark>DeepSeek</mark> cut");

        SearchResults exact = search.search(marker + " DeepSeek", SearchSort.RELEVANCE, 0, 10);
        assertThat(exact.fuzzy()).isFalse();
        assertThat(exact.didYouMean(marker + " DeepSeek")).isNull();
    }
}
