package org.factline.article.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** The bytes exactly as imported, kept apart from the article so lists never load them. */
@Entity
@Table(name = "article_original")
public class ArticleOriginal {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "file_name", length = 500)
    private @Nullable String fileName;

    @Column(name = "media_type", length = 200)
    private @Nullable String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "bytes", nullable = false, length = 104_857_600)
    private byte[] bytes;

    protected ArticleOriginal() {
        this.articleId = 0L;
        this.bytes = new byte[0];
    }

    public ArticleOriginal(long articleId, @Nullable String fileName, @Nullable String mediaType, byte[] bytes) {
        this.articleId = articleId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.bytes = bytes.clone();
    }

    public byte[] getBytes() {
        return bytes.clone();
    }

    public @Nullable String getFileName() {
        return fileName;
    }

    public @Nullable String getMediaType() {
        return mediaType;
    }
}
