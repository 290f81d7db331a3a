package org.factline.worthiness;

import java.util.Comparator;
import java.util.List;

/** The sentences of one article, in order, scored by the model named, and the reader's threshold. */
public record ArticleTriageDetail(long articleId, String modelName, int threshold, List<SentenceScore> sentences) {

    /** Undecided sentences at or above the threshold, most check-worthy first. */
    public List<SentenceScore> candidates() {
        return sentences.stream()
                .filter(s -> s.decision() == SentenceScore.Decision.NONE && s.strong(threshold))
                .sorted(Comparator.comparingInt(SentenceScore::score).reversed())
                .toList();
    }

    public List<SentenceScore> dismissed() {
        return sentences.stream()
                .filter(s -> s.decision() == SentenceScore.Decision.DISMISSED)
                .toList();
    }
}
