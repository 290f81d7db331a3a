package org.factline.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.factline.base.domain.AbstractEntity;
import org.factline.search.Audience;
import org.factline.search.SearchAnalysis;
import org.factline.search.SearchDocument;
import org.factline.search.SearchDocumentBinder;
import org.factline.search.SearchShards;
import org.factline.search.Searchable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "article")
@Indexed(index = "article", routingBinder = @RoutingBinderRef(type = SearchShards.ById.class))
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchDocumentBinder.class,
                        params =
                                @Param(
                                        name = SearchDocumentBinder.USES,
                                        value = "title,byline,siteName,publishedAt,bodyText,status")))
public class Article extends AbstractEntity implements Searchable {

    public static final int TITLE_MAX_LENGTH = 500;
    public static final int BYLINE_MAX_LENGTH = 300;
    public static final int SITE_MAX_LENGTH = 200;
    public static final int URL_MAX_LENGTH = 2000;
    public static final int TEXT_MAX_LENGTH = 1_000_000;
    public static final int HTML_MAX_LENGTH = 2_000_000;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    @KeywordField(name = ArticleListIndex.TITLE, normalizer = SearchAnalysis.KEYWORD, sortable = Sortable.YES)
    private String title;

    @Column(name = "byline", length = BYLINE_MAX_LENGTH)
    private @Nullable String byline;

    @Column(name = "site_name", length = SITE_MAX_LENGTH)
    @KeywordField(name = ArticleListIndex.SITE, normalizer = SearchAnalysis.KEYWORD, sortable = Sortable.YES)
    private @Nullable String siteName;

    @Column(name = "published_at")
    @GenericField(name = ArticleListIndex.PUBLISHED, sortable = Sortable.YES)
    private @Nullable OffsetDateTime publishedAt;

    @Column(name = "lang", length = 20)
    private @Nullable String lang;

    @Column(name = "canonical_url", length = URL_MAX_LENGTH)
    private @Nullable String canonicalUrl;

    @Column(name = "source_url", length = URL_MAX_LENGTH)
    private @Nullable String sourceUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 10)
    private SourceKind sourceKind;

    @Column(name = "source_name", length = 500)
    private @Nullable String sourceName;

    @Column(name = "content_format", nullable = false, length = 20)
    private String contentFormat;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "body_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String bodyText;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "body_html", nullable = false, length = HTML_MAX_LENGTH)
    private String bodyHtml;

    @Column(name = "word_count", nullable = false)
    @GenericField(name = ArticleListIndex.WORD_COUNT, sortable = Sortable.YES)
    private int wordCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    @KeywordField(name = ArticleListIndex.STATUS)
    private ArticleStatus status = ArticleStatus.ACTIVE;

    @Column(name = "imported_by", nullable = false, length = 40)
    @KeywordField(name = ArticleListIndex.IMPORTER, sortable = Sortable.YES)
    private String importedBy;

    @Column(name = "archived_by", length = 40)
    private @Nullable String archivedBy;

    @Column(name = "archived_at")
    private @Nullable Instant archivedAt;

    @Column(name = "minhash", nullable = false, length = 1100)
    private String minhash;

    @Column(name = "duplicate_of_id")
    private @Nullable Long duplicateOfId;

    @Column(name = "duplicate_similarity")
    private @Nullable Double duplicateSimilarity;

    /**
     * The article this near-copy was merged into, while the merge stands (the copy is archived
     * then). No foreign key: backups restore one self-reference per table, {@code duplicate_of_id}.
     */
    @Column(name = "merged_into_id")
    private @Nullable Long mergedIntoId;

    protected Article() {
        this.title = "";
        this.sourceKind = SourceKind.PASTE;
        this.contentFormat = "";
        this.contentHash = "";
        this.bodyText = "";
        this.bodyHtml = "";
        this.importedBy = "";
        this.minhash = "";
    }

    public Article(
            ArticleContent content,
            SourceKind sourceKind,
            @Nullable String sourceName,
            @Nullable String sourceUrl,
            String contentHash,
            String minhash,
            String importedBy) {
        setContent(content);
        this.sourceKind = sourceKind;
        this.sourceName = sourceName;
        this.sourceUrl = sourceUrl;
        this.contentHash = contentHash;
        this.minhash = minhash;
        this.importedBy = importedBy;
    }

    private void setContent(ArticleContent c) {
        this.title = c.title();
        this.byline = c.byline();
        this.siteName = c.siteName();
        this.publishedAt = c.publishedAt();
        this.lang = c.lang();
        this.canonicalUrl = c.canonicalUrl();
        this.contentFormat = c.format();
        this.bodyText = c.text();
        this.bodyHtml = c.html();
        this.wordCount = c.text().isBlank() ? 0 : c.text().strip().split("\\s+").length;
    }

    public void editMetadata(
            String title,
            @Nullable String byline,
            @Nullable String siteName,
            @Nullable OffsetDateTime publishedAt,
            @Nullable String lang,
            @Nullable String canonicalUrl) {
        this.title = title;
        this.byline = byline;
        this.siteName = siteName;
        this.publishedAt = publishedAt;
        this.lang = lang;
        this.canonicalUrl = canonicalUrl;
    }

    /**
     * New text and HTML from re-processing the original (a better extractor); the metadata people
     * may have corrected stays as it is.
     */
    public void replaceBody(String text, String html, String format, String contentHash, String minhash) {
        this.bodyText = text;
        this.bodyHtml = html;
        this.contentFormat = format;
        this.contentHash = contentHash;
        this.minhash = minhash;
        this.wordCount = text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    public void markPossibleDuplicate(@Nullable Long otherId, @Nullable Double similarity) {
        this.duplicateOfId = otherId;
        this.duplicateSimilarity = similarity;
    }

    public void archive(String by, Instant at) {
        this.status = ArticleStatus.ARCHIVED;
        this.archivedBy = by;
        this.archivedAt = at;
    }

    public void restore() {
        this.status = ArticleStatus.ACTIVE;
        this.archivedBy = null;
        this.archivedAt = null;
    }

    /** Archived as a copy of {@code originalId}; the duplicate flag stays, for an undo to bring back. */
    public void mergeInto(long originalId, String by, Instant at) {
        archive(by, at);
        this.mergedIntoId = originalId;
    }

    public void undoMerge() {
        restore();
        this.mergedIntoId = null;
    }

    /** When it was imported, for the articles list's sort (the auditing field lives in the base class). */
    @GenericField(name = ArticleListIndex.IMPORTED, sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "createdAt")))
    public @Nullable Instant getImportedAt() {
        return getCreatedAt();
    }

    /** Title, publisher and byline: what the articles list's text filter looks at. */
    @FullTextField(name = ArticleListIndex.WORDS, analyzer = SearchAnalysis.WORDS_AS_WRITTEN)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "siteName")),
                @ObjectPath(@PropertyValue(propertyName = "byline"))
            })
    public String getListWords() {
        var words = new StringBuilder(title);
        if (siteName != null) {
            words.append('\n').append(siteName);
        }
        if (byline != null) {
            words.append('\n').append(byline);
        }
        return words.toString();
    }

    @Override
    public SearchDocument searchDocument() {
        var created = getCreatedAt();
        return SearchDocument.builder("article", "articles/" + getId(), title)
                .text(bodyText)
                .date(
                        publishedAt != null
                                ? publishedAt.toLocalDate()
                                : created == null
                                        ? null
                                        : created.atOffset(ZoneOffset.UTC).toLocalDate())
                .author(byline)
                .publisher(siteName)
                .status(status.name().toLowerCase(Locale.ROOT))
                .audience(status == ArticleStatus.ARCHIVED ? Audience.EDITORS : Audience.EVERYONE, null)
                .build();
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getByline() {
        return byline;
    }

    public @Nullable String getSiteName() {
        return siteName;
    }

    public @Nullable OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public @Nullable String getLang() {
        return lang;
    }

    public @Nullable String getCanonicalUrl() {
        return canonicalUrl;
    }

    public @Nullable String getSourceUrl() {
        return sourceUrl;
    }

    public SourceKind getSourceKind() {
        return sourceKind;
    }

    public @Nullable String getSourceName() {
        return sourceName;
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

    public ArticleStatus getStatus() {
        return status;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public @Nullable String getArchivedBy() {
        return archivedBy;
    }

    public @Nullable Instant getArchivedAt() {
        return archivedAt;
    }

    public String getMinhash() {
        return minhash;
    }

    public @Nullable Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public @Nullable Double getDuplicateSimilarity() {
        return duplicateSimilarity;
    }

    public @Nullable Long getMergedIntoId() {
        return mergedIntoId;
    }
}
