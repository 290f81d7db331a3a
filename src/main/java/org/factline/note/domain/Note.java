package org.factline.note.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import org.factline.base.SafeHtml;
import org.factline.base.domain.AbstractEntity;
import org.factline.search.SearchDocument;
import org.factline.search.SearchDocumentBinder;
import org.factline.search.Searchable;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * A fact-checker's note on a claim, in Markdown. A reply points to the note that starts its thread.
 * Deleted notes stay in the table (the audit log refers to them) but no query, list or search
 * index sees them.
 */
@Entity
@Table(name = "note")
@SQLRestriction("deleted_at is null")
@Indexed(index = "note", routingBinder = @RoutingBinderRef(type = LiveOnlyRouting.class))
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchDocumentBinder.class,
                        params = @Param(name = SearchDocumentBinder.USES, value = "body,author,deletedAt")))
public class Note extends AbstractEntity implements Searchable, SoftDeletable {

    public static final int BODY_MAX_LENGTH = 10_000;
    private static final int TITLE_LENGTH = 90;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;

    @Column(name = "parent_id", updatable = false)
    private @Nullable Long parentId;

    @Column(name = "author", nullable = false, updatable = false, length = 40)
    private String author;

    @Column(name = "body", nullable = false, length = BODY_MAX_LENGTH)
    private String body;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "note_mention", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "username", length = 40)
    private Set<String> mentions = new LinkedHashSet<>();

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by", length = 40)
    private @Nullable String deletedBy;

    protected Note() {
        this.author = "";
        this.body = "";
    }

    public Note(long claimId, @Nullable Long parentId, String author, String body, Set<String> mentions) {
        this.claimId = claimId;
        this.parentId = parentId;
        this.author = author;
        this.body = body;
        this.mentions = new LinkedHashSet<>(mentions);
    }

    /** Replaces the text; the text replaced is returned as a revision to keep. */
    public NoteRevision edit(String newBody, Set<String> newMentions, Instant now) {
        Instant written = editedAt != null ? editedAt : getCreatedAt() != null ? getCreatedAt() : now;
        var revision = new NoteRevision(getId() == null ? 0 : getId(), body, written);
        this.body = newBody;
        this.mentions = new LinkedHashSet<>(newMentions);
        this.editedAt = now;
        return revision;
    }

    public void delete(String by, Instant now) {
        this.deletedAt = now;
        this.deletedBy = by;
    }

    @Override
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** The note as readers see it, without Markdown syntax (search index, notifications). */
    public static String plainText(String markdown) {
        return Jsoup.parseBodyFragment(SafeHtml.fromMarkdown(markdown)).text();
    }

    @Override
    public SearchDocument searchDocument() {
        String text = plainText(body);
        String title = text.length() <= TITLE_LENGTH
                ? text
                : text.substring(0, TITLE_LENGTH - 1).strip() + "\u2026";
        Instant created = getCreatedAt();
        return SearchDocument.builder("note", "claims/" + claimId, title)
                .text(text)
                .author(author)
                .date(created == null ? null : created.atOffset(ZoneOffset.UTC).toLocalDate())
                .build();
    }

    public long getClaimId() {
        return claimId;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Set<String> getMentions() {
        return Set.copyOf(mentions);
    }

    public @Nullable Instant getEditedAt() {
        return editedAt;
    }

    public @Nullable Instant getDeletedAt() {
        return deletedAt;
    }
}
