package org.factline.claim.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factline.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A near-copy merged into its original: who, when, which appearances moved from where; and its undo. */
@Entity
@Table(name = "article_merge")
public class ArticleMerge extends AbstractEntity {

    @Column(name = "copy_id", nullable = false)
    private long copyId;

    @Column(name = "original_id", nullable = false)
    private long originalId;

    @Column(name = "merged_by", nullable = false, length = 40)
    private String mergedBy;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(name = "undone_by", length = 40)
    private @Nullable String undoneBy;

    @Column(name = "undone_at")
    private @Nullable Instant undoneAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "article_merge_appearance", joinColumns = @JoinColumn(name = "merge_id"))
    private List<MovedAppearance> moved = new ArrayList<>();

    protected ArticleMerge() {
        this.mergedBy = "";
        this.mergedAt = Instant.EPOCH;
    }

    public ArticleMerge(long copyId, long originalId, String mergedBy, Instant mergedAt, List<MovedAppearance> moved) {
        this.copyId = copyId;
        this.originalId = originalId;
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
        this.moved = new ArrayList<>(moved);
    }

    public void undo(String by, Instant at) {
        this.undoneBy = by;
        this.undoneAt = at;
    }

    public long getCopyId() {
        return copyId;
    }

    public long getOriginalId() {
        return originalId;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public @Nullable String getUndoneBy() {
        return undoneBy;
    }

    public @Nullable Instant getUndoneAt() {
        return undoneAt;
    }

    public List<MovedAppearance> getMoved() {
        return List.copyOf(moved);
    }
}
