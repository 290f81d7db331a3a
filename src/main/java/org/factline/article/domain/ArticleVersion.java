package org.factline.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factline.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One text an article has had: version 1 at its import, a new one each time a fetch (or
 * re-processing) brought different words. Never changed once written.
 */
@Entity
@Table(name = "article_version")
public class ArticleVersion extends AbstractEntity {

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "fetched_at", nullable = false, updatable = false)
    private Instant fetchedAt;

    @Column(name = "fetched_by", nullable = false, updatable = false, length = 40)
    private String fetchedBy;

    @Column(name = "content_format", nullable = false, updatable = false, length = 20)
    private String contentFormat;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "body_text", nullable = false, updatable = false, length = Article.TEXT_MAX_LENGTH)
    private String bodyText;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "body_html", nullable = false, updatable = false, length = Article.HTML_MAX_LENGTH)
    private String bodyHtml;

    @Column(name = "word_count", nullable = false, updatable = false)
    private int wordCount;

    @Column(name = "original_media_type", updatable = false, length = 200)
    private @Nullable String originalMediaType;

    protected ArticleVersion() {
        this.fetchedAt = Instant.EPOCH;
        this.fetchedBy = "";
        this.contentFormat = "";
        this.contentHash = "";
        this.bodyText = "";
        this.bodyHtml = "";
    }

    /** The article's current text as version {@code number}. */
    public ArticleVersion(
            long articleId,
            int number,
            Article article,
            Instant fetchedAt,
            String fetchedBy,
            @Nullable String mediaType) {
        this.articleId = articleId;
        this.number = number;
        this.fetchedAt = fetchedAt;
        this.fetchedBy = fetchedBy;
        this.contentFormat = article.getContentFormat();
        this.contentHash = article.getContentHash();
        this.bodyText = article.getBodyText();
        this.bodyHtml = article.getBodyHtml();
        this.wordCount = article.getWordCount();
        this.originalMediaType = mediaType;
    }

    public long getArticleId() {
        return articleId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public String getFetchedBy() {
        return fetchedBy;
    }

    public String getContentFormat() {
        return contentFormat;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public int getWordCount() {
        return wordCount;
    }

    public @Nullable String getOriginalMediaType() {
        return originalMediaType;
    }
}
