package org.factline.note.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factline.base.domain.AbstractEntity;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.factline.search.SearchDocument;
import org.factline.search.SearchDocumentBinder;
import org.factline.search.Searchable;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/**
 * A source for or against a claim: a web address, an uploaded file ({@link EvidenceFile}) or both,
 * with the exact quote that matters, its translation, and where an archived copy is kept.
 */
@Entity
@Table(name = "evidence")
@SQLRestriction("deleted_at is null")
@Indexed(index = "evidence", routingBinder = @RoutingBinderRef(type = LiveOnlyRouting.class))
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchDocumentBinder.class,
                        params =
                                @Param(
                                        name = SearchDocumentBinder.USES,
                                        value = "title,urlHost,sourceType,stance,quote,translation,accessedOn,"
                                                + "addedBy,fileName,deletedAt")))
public class Evidence extends AbstractEntity implements Searchable, SoftDeletable {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int URL_MAX_LENGTH = 2000;
    public static final int QUOTE_MAX_LENGTH = 4000;
    public static final int LANGUAGE_MAX_LENGTH = 35;
    public static final int FILE_NAME_MAX_LENGTH = 255;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;

    @Column(name = "title", length = TITLE_MAX_LENGTH)
    private @Nullable String title;

    @Column(name = "url", length = URL_MAX_LENGTH)
    private @Nullable String url;

    @Column(name = "url_host", length = 255)
    private @Nullable String urlHost;

    @Column(name = "archive_url", length = URL_MAX_LENGTH)
    private @Nullable String archiveUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 20)
    private SourceType sourceType;

    @Enumerated(EnumType.STRING)
    @Column(name = "stance", nullable = false, length = 10)
    private Stance stance;

    @Column(name = "quote", length = QUOTE_MAX_LENGTH)
    private @Nullable String quote;

    @Column(name = "original_language", length = LANGUAGE_MAX_LENGTH)
    private @Nullable String originalLanguage;

    @Column(name = "translation", length = QUOTE_MAX_LENGTH)
    private @Nullable String translation;

    @Column(name = "accessed_on")
    private @Nullable LocalDate accessedOn;

    @Column(name = "added_by", nullable = false, updatable = false, length = 40)
    private String addedBy;

    /** The uploaded file's name, null when there is none; the bytes live in {@link EvidenceFile}. */
    @Column(name = "file_name", length = FILE_NAME_MAX_LENGTH)
    private @Nullable String fileName;

    /** The media type detected from the file's content (not the name the browser sent). */
    @Column(name = "file_type", length = 100)
    private @Nullable String fileType;

    @Column(name = "file_size")
    private @Nullable Long fileSize;

    /** Shown on the claim's public verdict page; only editors set it. */
    @Column(name = "is_public", nullable = false)
    private boolean shownPublicly;

    /** When what the public sees of this item last changed (shown, hidden, or changed while shown). */
    @Column(name = "public_changed_at")
    private @Nullable Instant publicChangedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by", length = 40)
    private @Nullable String deletedBy;

    protected Evidence() {
        this.sourceType = SourceType.OTHER;
        this.stance = Stance.CONTEXT;
        this.addedBy = "";
    }

    public Evidence(long claimId, String addedBy, EvidenceFields fields) {
        this.claimId = claimId;
        this.addedBy = addedBy;
        this.sourceType = fields.sourceType();
        this.stance = fields.stance();
        change(fields);
    }

    public void change(EvidenceFields f) {
        this.title = f.title();
        this.url = f.url();
        this.urlHost = f.urlHost();
        this.archiveUrl = f.archiveUrl();
        this.sourceType = f.sourceType();
        this.stance = f.stance();
        this.quote = f.quote();
        this.originalLanguage = f.originalLanguage();
        this.translation = f.translation();
        this.accessedOn = f.accessedOn();
    }

    public void delete(String by, Instant now) {
        this.deletedAt = now;
        this.deletedBy = by;
        if (shownPublicly) {
            publicChangedAt = now;
        }
    }

    /** Shows the item on the public verdict page, or takes it off. */
    public void showPublicly(boolean shown, Instant now) {
        if (shown != shownPublicly) {
            shownPublicly = shown;
            publicChangedAt = now;
        }
    }

    /** A public item whose text changed: the public page shows the new text from {@code now}. */
    public void publicTextChanged(Instant now) {
        if (shownPublicly) {
            publicChangedAt = now;
        }
    }

    public boolean isShownPublicly() {
        return shownPublicly;
    }

    @Override
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Records the uploaded file kept in {@link EvidenceFile}; set once, when the item is added. */
    public void attachFile(String name, String mediaType, long size) {
        this.fileName = name;
        this.fileType = mediaType;
        this.fileSize = size;
    }

    @Override
    public SearchDocument searchDocument() {
        String headline = Stream.of(title, quote, urlHost, fileName)
                .filter(s -> s != null && !s.isBlank())
                .findFirst()
                .orElse(sourceType.label());
        if (headline.length() > 120) {
            headline = headline.substring(0, 119).strip() + "\u2026";
        }
        String text = Stream.of(quote, translation, urlHost, fileName, sourceType.label(), stance.label())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
        Instant created = getCreatedAt();
        return SearchDocument.builder("evidence", "claims/" + claimId, headline)
                .text(text)
                .author(addedBy)
                .publisher(urlHost)
                .category(sourceType.name().toLowerCase(Locale.ROOT))
                .status(stance.name().toLowerCase(Locale.ROOT))
                .date(
                        accessedOn != null
                                ? accessedOn
                                : created == null
                                        ? null
                                        : created.atZone(ZoneOffset.UTC).toLocalDate())
                .build();
    }

    public long getClaimId() {
        return claimId;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public @Nullable String getUrlHost() {
        return urlHost;
    }

    public @Nullable String getArchiveUrl() {
        return archiveUrl;
    }

    public SourceType getSourceType() {
        return sourceType;
    }

    public Stance getStance() {
        return stance;
    }

    public @Nullable String getQuote() {
        return quote;
    }

    public @Nullable String getOriginalLanguage() {
        return originalLanguage;
    }

    public @Nullable String getTranslation() {
        return translation;
    }

    public @Nullable LocalDate getAccessedOn() {
        return accessedOn;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public @Nullable String getFileName() {
        return fileName;
    }

    public @Nullable String getFileType() {
        return fileType;
    }

    public @Nullable Long getFileSize() {
        return fileSize;
    }
}
