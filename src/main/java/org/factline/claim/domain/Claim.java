package org.factline.claim.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factline.base.domain.AbstractEntity;
import org.factline.claim.ClaimStatus;
import org.factline.claim.Verdict;
import org.factline.embedding.VectorColumn;
import org.factline.search.SearchDocument;
import org.factline.search.SearchDocumentBinder;
import org.factline.search.SearchShards;
import org.factline.search.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "claim")
@Indexed(index = "claim", routingBinder = @RoutingBinderRef(type = SearchShards.ById.class))
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchDocumentBinder.class,
                        params =
                                @Param(
                                        name = SearchDocumentBinder.USES,
                                        value = "text,claimDate,claimant,verdict,tags,status,embedding")))
public class Claim extends AbstractEntity implements Searchable {

    /** Longer texts are refused; the UI recommends {@link #TEXT_RECOMMENDED_LENGTH}. */
    public static final int TEXT_MAX_LENGTH = 1000;

    public static final int TEXT_RECOMMENDED_LENGTH = 300;
    public static final int TAG_MAX_LENGTH = 60;

    @Column(name = "text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "claimant_id")
    private @Nullable Claimant claimant;

    @Column(name = "claim_date")
    private @Nullable LocalDate claimDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ClaimStatus status = ClaimStatus.NEW;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    /**
     * Written only by {@link ClaimRepository#assign} (a bulk update without a version bump), so an
     * assignment neither invalidates a teammate's open proposal form nor is lost when a status move
     * loaded before it commits after it.
     */
    @Column(name = "assignee", length = 40, insertable = false, updatable = false)
    private @Nullable String assignee;

    /** Kept by the vote module through {@code ClaimVoting}, like the assignee. */
    @Column(name = "vote_count", nullable = false, insertable = false, updatable = false)
    private int voteCount;

    /** Standard deviation of the scored votes when at least two are scored, else null. */
    @Column(name = "vote_dispersion", insertable = false, updatable = false)
    private @Nullable Double voteDispersion;

    /** The approved verdict while the claim is verified, else null (stored by name). */
    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", length = 20)
    private @Nullable Verdict verdict;

    /** When the current verdict was approved, while the claim is verified, else null. */
    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    /** When a verdict was last taken off the claim's public page (reopened), else null. */
    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_tag", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "tag", length = TAG_MAX_LENGTH)
    private Set<String> tags = new LinkedHashSet<>();

    /**
     * The text's sentence embedding, written by {@link ClaimRepository#storeEmbedding} (a bulk
     * update without a version bump, like the assignee) once the embedding module computed it.
     */
    @Convert(converter = VectorColumn.class)
    @Column(name = "embedding", insertable = false, updatable = false)
    private float @Nullable [] embedding;

    protected Claim() {
        this.text = "";
        this.createdBy = "";
    }

    public Claim(
            String text,
            @Nullable Claimant claimant,
            @Nullable LocalDate claimDate,
            Set<String> tags,
            String createdBy) {
        this.text = text;
        this.claimant = claimant;
        this.claimDate = claimDate;
        this.tags = new LinkedHashSet<>(tags);
        this.createdBy = createdBy;
    }

    /** Credits the claim to another claimant (claimants merged); the claim's version moves. */
    public void creditTo(Claimant other) {
        this.claimant = other;
    }

    /** Workflow moves; the review module decides who may make them. */
    public void moveTo(ClaimStatus next) {
        boolean allowed = switch (next) {
            case PROPOSED ->
                status == ClaimStatus.NEW || status == ClaimStatus.IN_REVIEW || status == ClaimStatus.REJECTED;
            case VERIFIED, REJECTED -> status == ClaimStatus.PROPOSED;
            case IN_REVIEW ->
                status == ClaimStatus.VERIFIED || status == ClaimStatus.NEW || status == ClaimStatus.PROPOSED;
            case NEW -> false;
        };
        if (!allowed) {
            throw new IllegalStateException("A claim that is " + status.label().toLowerCase(Locale.ROOT)
                    + " can't become " + next.label().toLowerCase(Locale.ROOT) + ".");
        }
        status = next;
    }

    /** Set when a verdict is approved, cleared (with its time) when the claim is reopened. */
    public void publishVerdict(@Nullable Verdict verdict, Instant at) {
        if (this.verdict != null && verdict == null) {
            this.withdrawnAt = at;
        }
        this.verdict = verdict;
        this.verifiedAt = verdict == null ? null : at;
    }

    @Override
    public SearchDocument searchDocument() {
        var created = getCreatedAt();
        return SearchDocument.builder("claim", "claims/" + getId(), text)
                .date(
                        claimDate != null
                                ? claimDate
                                : created == null
                                        ? null
                                        : created.atOffset(ZoneOffset.UTC).toLocalDate())
                .author(claimant == null ? null : claimant.getName())
                .aliases(claimant == null ? List.of() : claimant.getAliases())
                .verdict(verdict == null ? null : verdict.name().toLowerCase(Locale.ROOT))
                .tags(tags)
                .status(status.name().toLowerCase(Locale.ROOT))
                .meaning(embedding)
                .build();
    }

    public @Nullable Verdict getVerdict() {
        return verdict;
    }

    public @Nullable Instant getVerifiedAt() {
        return verifiedAt;
    }

    public @Nullable Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public float @Nullable [] getEmbedding() {
        return embedding;
    }

    public String getText() {
        return text;
    }

    public @Nullable Claimant getClaimant() {
        return claimant;
    }

    public @Nullable LocalDate getClaimDate() {
        return claimDate;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public @Nullable String getAssignee() {
        return assignee;
    }

    public int getVoteCount() {
        return voteCount;
    }

    public @Nullable Double getVoteDispersion() {
        return voteDispersion;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }
}
