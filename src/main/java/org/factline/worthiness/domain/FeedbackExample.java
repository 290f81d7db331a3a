package org.factline.worthiness.domain;

import org.jspecify.annotations.Nullable;

/** One feedback item as training data, without loading the entity. */
public record FeedbackExample(
        String sentenceHash,
        String sentence,
        @Nullable String previousSentence,
        @Nullable String nextSentence,
        boolean accepted) {}
