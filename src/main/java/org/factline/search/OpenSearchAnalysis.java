package org.factline.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalysis} for the cluster profile's OpenSearch (or Elasticsearch)
 * index, in the engine's names: the same tokenizer and filters in the same order, so a document
 * is found by the same words on either backend. OpenSearch needs its analysis-common module for
 * most of these filters. Change both classes together.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("factline_split_words")
                .type("word_delimiter_graph")
                .param("preserve_original", true)
                .param("split_on_case_change", false)
                .param("split_on_numerics", true)
                .param("generate_word_parts", true)
                .param("generate_number_parts", true)
                .param("stem_english_possessive", true);
        context.tokenFilter("factline_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("factline_prefixes")
                .type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", 20);

        context.analyzer(SearchFields.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "factline_split_words", "flatten_graph", "lowercase", "asciifolding", "stop", "porter_stem");
        context.analyzer(SearchAnalysis.HIGHLIGHT)
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "factline_split_words",
                        "flatten_graph",
                        "lowercase",
                        "asciifolding",
                        "stop",
                        "keyword_repeat",
                        "porter_stem",
                        "remove_duplicates");
        context.analyzer(SearchFields.ENGLISH_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilters("factline_possessive", "lowercase", "asciifolding", "stop", "porter_stem");
        context.analyzer(SearchFields.EXACT).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.analyzer(SearchFields.AUTOCOMPLETE)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "factline_prefixes");
        context.normalizer(SearchFields.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
    }
}
