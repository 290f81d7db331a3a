package org.factline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What someone typed into a filter box, cut into words exactly as fields analysed with
 * {@link SearchAnalysis#WORDS_AS_WRITTEN} index them ("DeepSeek-V3 chips" → deepseek, v3, chips), so
 * other features can match each word as a prefix while the user is still typing. The analysis runs
 * here rather than in the search backend, so it works the same with a remote (OpenSearch) index.
 */
public final class TypedWords {

    /** More words than this add nothing to a filter and only cost time. */
    public static final int MAX_WORDS = 12;

    private static final Analyzer AS_WRITTEN = asWritten();

    private TypedWords() {}

    public static List<String> of(String typed) {
        var words = new ArrayList<String>();
        try (var stream = AS_WRITTEN.tokenStream("typed", typed)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_WORDS) {
                String word = term.toString();
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words);
    }

    /** The chain of {@link SearchAnalysis#WORDS_AS_WRITTEN}, built from the same factory names. */
    private static Analyzer asWritten() {
        try {
            var builder = CustomAnalyzer.builder().withTokenizer(SearchAnalysis.AS_WRITTEN_TOKENIZER);
            for (String filter : SearchAnalysis.AS_WRITTEN_FILTERS) {
                builder.addTokenFilter(filter);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
