package org.factline.search;

import java.util.List;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * Analyzers of the Lucene backend (configured by name in application.properties).
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
        splitWords(context, SearchFields.ENGLISH).tokenFilter("porterStem");
        // The index chain with every word also kept as written (same position): what the results
        // page highlights with, so both stemmed words and prefixes of written forms ("controll*")
        // are marked. Not used by any field.
        splitWords(context, HIGHLIGHT)
                .tokenFilter("keywordRepeat")
                .tokenFilter("porterStem")
                .tokenFilter("removeDuplicates");
        context.analyzer(SearchFields.ENGLISH_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
        var exact = context.analyzer(SearchFields.EXACT).custom().tokenizer(AS_WRITTEN_TOKENIZER);
        for (String filter : AS_WRITTEN_FILTERS) {
            exact.tokenFilter(filter);
        }
        context.analyzer(SearchFields.AUTOCOMPLETE)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram")
                .param("minGramSize", "1")
                .param("maxGramSize", "20");
        context.normalizer(SearchFields.KEYWORD)
                .custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    /**
     * The index side of English words before stemming: names split into parts next to the whole
     * ("Qwen2.5" → "qwen2.5", "qwen", "2", "5"), lowercased, folded, stop words dropped.
     */
    private static LuceneAnalysisOptionalComponentsStep splitWords(
            LuceneAnalysisConfigurationContext context, String name) {
        return context.analyzer(name)
                .custom()
                .tokenizer("standard")
                .tokenFilter("wordDelimiterGraph")
                .param("preserveOriginal", "1")
                .param("splitOnCaseChange", "0")
                .param("splitOnNumerics", "1")
                .param("generateWordParts", "1")
                .param("generateNumberParts", "1")
                .param("stemEnglishPossessive", "1")
                .tokenFilter("flattenGraph")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop");
    }
}
