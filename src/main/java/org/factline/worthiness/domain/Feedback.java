package org.factline.worthiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.factline.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * The team's answer to one suggested sentence: made into a claim (accepted) or dismissed. With
 * the neighbouring sentences, so the model can be retrained on it without the article.
 */
@Entity
@Table(name = "worthiness_feedback")
public class Feedback extends AbstractEntity {

    public static final int SENTENCE_MAX_LENGTH = 2000;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "sentence_hash", nullable = false)
    private String sentenceHash;

    @Column(name = "sentence", nullable = false)
    private String sentence;

    @Column(name = "previous_sentence")
    private @Nullable String previousSentence;

    @Column(name = "next_sentence")
    private @Nullable String nextSentence;

    @Column(name = "accepted", nullable = false)
    private boolean accepted;

    /** The sentence's score (0–1) when it was decided: lets lists leave decided sentences out. */
    @Column(name = "score", nullable = false)
    private double score;

    @Column(name = "username", nullable = false)
    private String username;

    protected Feedback() {
        this.sentenceHash = "";
        this.sentence = "";
        this.username = "";
    }

    public Feedback(
            long articleId,
            String sentenceHash,
            String sentence,
            @Nullable String previousSentence,
            @Nullable String nextSentence,
            boolean accepted,
            double score,
            String username) {
        this.articleId = articleId;
        this.sentenceHash = sentenceHash;
        this.sentence = clip(sentence);
        this.previousSentence = previousSentence == null ? null : clip(previousSentence);
        this.nextSentence = nextSentence == null ? null : clip(nextSentence);
        this.accepted = accepted;
        this.score = score;
        this.username = username;
    }

    private static String clip(String s) {
        return s.length() <= SENTENCE_MAX_LENGTH ? s : s.substring(0, SENTENCE_MAX_LENGTH);
    }

    public void decide(boolean accepted, String username) {
        this.accepted = accepted;
        this.username = username;
    }

    public long getArticleId() {
        return articleId;
    }

    public String getSentenceHash() {
        return sentenceHash;
    }

    public String getSentence() {
        return sentence;
    }

    public @Nullable String getPreviousSentence() {
        return previousSentence;
    }

    public @Nullable String getNextSentence() {
        return nextSentence;
    }

    public double getScore() {
        return score;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String getUsername() {
        return username;
    }
}
