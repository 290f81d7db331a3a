package org.factline.worthiness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sentence scores of one article under one model, kept so lists and the reader needn't run
 * the model again. A cache row keyed by the article (no version: it is only ever replaced whole).
 */
@Entity
@Table(name = "article_triage")
public class ArticleTriage {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "model_name", nullable = false)
    private String modelName;

    @Column(name = "text_hash", nullable = false)
    private String textHash;

    @Column(name = "scores", nullable = false)
    private String scores;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected ArticleTriage() {
        this.articleId = 0L;
        this.modelName = "";
        this.textHash = "";
        this.scores = "";
        this.computedAt = Instant.EPOCH;
    }

    public ArticleTriage(long articleId, String modelName, String textHash, double[] scores, Instant computedAt) {
        this.articleId = articleId;
        this.modelName = modelName;
        this.textHash = textHash;
        this.scores = Arrays.stream(scores)
                .mapToObj(s -> String.format(Locale.ROOT, "%.4f", s))
                .collect(Collectors.joining(","));
        this.computedAt = computedAt;
    }

    public long getArticleId() {
        return articleId;
    }

    public String getModelName() {
        return modelName;
    }

    /** Digest of the sentences the scores belong to (a changed sentence split means new scores). */
    public String getTextHash() {
        return textHash;
    }

    public double[] scores() {
        return scores.isEmpty()
                ? new double[0]
                : Arrays.stream(scores.split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray();
    }
}
