package org.factline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers of the Lucene backend (configured by name in application.properties); the cluster
 * profile's OpenSearch index has the same ones ({@link OpenSearchAnalysis}).
 *
 * <p>Model and chip names are written many ways: "DeepSeek-V3", "H20", "Qwen2.5", "GPT-4o". The
 * standard tokenizer keeps "H20" and "Qwen2.5" whole and splits at hyphens; at index time a word
 * delimiter filter adds the parts ("qwen", "2", "5") next to the original, so both "Qwen2.5" and
 * "Qwen" find it. Queries are not split, so "H20" does not match every "20".
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    /**
     * Analyzer for fields other features map themselves: words as written, lowercased and
     * ASCII-folded (see {@link TypedWords} for the query side).
     */
    public static final String WORDS_AS_WRITTEN = SearchFields.EXACT;

    /** The chain of {@link #WORDS_AS_WRITTEN}, shared with {@link TypedWords}. */
    static final String AS_WRITTEN_TOKENIZER = "standard";

    static final List<String> AS_WRITTEN_FILTERS = List.of("lowercase", "asciiFolding");

    /** Analyzer of the results page's highlighting (see {@link PageHighlighter}). */
    static final String HIGHLIGHT = "factline_highlight";

    /** Normalizer for keyword fields other features map themselves: lowercased, ASCII-folded. */
    public static final String KEYWORD = SearchFields.KEYWORD;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (var chain : CHAINS.entrySet()) {
            var analyzer = context.analyzer(chain.getKey())
                    .custom()
                    .tokenizer(chain.getValue().tokenizer());
            for (Step step : chain.getValue().filters()) {
                var filter = analyzer.tokenFilter(step.factory());
                step.params().forEach(filter::param);
            }
        }
        context.normalizer(SearchFields.KEYWORD)
                .custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    /**
     * The analyzer {@code name} built here rather than by the backend, from the same chain: what
     * the results page highlights with when the index is remote (OpenSearch), where the backend
     * holds no Lucene analyzer.
     */
    static Analyzer local(String name) {
        Chain chain = CHAINS.get(name);
        if (chain == null) {
            throw new IllegalArgumentException("No analyzer " + name);
        }
        try {
            var builder = CustomAnalyzer.builder().withTokenizer(chain.tokenizer());
            for (Step step : chain.filters()) {
                builder.addTokenFilter(step.factory(), new HashMap<>(step.params()));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index side of English words before stemming: names split into parts next to the whole
     * ("Qwen2.5" → "qwen2.5", "qwen", "2", "5"), lowercased, folded, stop words dropped.
     */
    private static final List<Step> SPLIT_WORDS = List.of(
            new Step(
                    "wordDelimiterGraph",
                    Map.of(
                            "preserveOriginal", "1",
                            "splitOnCaseChange", "0",
                            "splitOnNumerics", "1",
                            "generateWordParts", "1",
                            "generateNumberParts", "1",
                            "stemEnglishPossessive", "1")),
            Step.of("flattenGraph"),
            Step.of("lowercase"),
            Step.of("asciiFolding"),
            Step.of("stop"));

    /**
     * Every analyzer by name, as Lucene factory names and parameters; {@link OpenSearchAnalysis}
     * declares the same chains in OpenSearch's names.
     */
    private static final Map<String, Chain> CHAINS = Map.of(
            SearchFields.ENGLISH,
            new Chain("standard", plus(SPLIT_WORDS, Step.of("porterStem"))),
            // The index chain with every word also kept as written (same position): what the results
            // page highlights with, so both stemmed words and prefixes of written forms ("controll*")
            // are marked. Not used by any field.
            HIGHLIGHT,
            new Chain(
                    "standard",
                    plus(SPLIT_WORDS, Step.of("keywordRepeat"), Step.of("porterStem"), Step.of("removeDuplicates"))),
            SearchFields.ENGLISH_QUERY,
            new Chain(
                    "standard",
                    List.of(
                            Step.of("englishPossessive"),
                            Step.of("lowercase"),
                            Step.of("asciiFolding"),
                            Step.of("stop"),
                            Step.of("porterStem"))),
            SearchFields.EXACT,
            new Chain(
                    AS_WRITTEN_TOKENIZER,
                    AS_WRITTEN_FILTERS.stream().map(Step::of).toList()),
            SearchFields.AUTOCOMPLETE,
            new Chain(
                    "standard",
                    List.of(
                            Step.of("lowercase"),
                            Step.of("asciiFolding"),
                            new Step("edgeNGram", Map.of("minGramSize", "1", "maxGramSize", "20")))));

    private static List<Step> plus(List<Step> first, Step... more) {
        var all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    private record Chain(String tokenizer, List<Step> filters) {}

    /** One token filter: its Lucene factory name and parameters. */
    private record Step(String factory, Map<String, String> params) {
        static Step of(String factory) {
            return new Step(factory, Map.of());
        }
    }
}
