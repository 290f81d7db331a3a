package org.factline.timeline.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.factline.base.domain.AbstractEntity;
import org.factline.search.Audience;
import org.factline.search.SearchDocument;
import org.factline.search.SearchDocumentBinder;
import org.factline.search.SearchShards;
import org.factline.search.Searchable;
import org.factline.timeline.DatePrecision;
import org.factline.timeline.EventStatus;
import org.factline.timeline.Side;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/** One event of the shared timeline. */
@Entity
@Table(name = "timeline_event")
@Indexed(index = "event", routingBinder = @RoutingBinderRef(type = SearchShards.ById.class))
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchDocumentBinder.class,
                        params =
                                @Param(
                                        name = SearchDocumentBinder.USES,
                                        value = "title,startDate,description,category.name,tags,status,createdBy")))
public class TimelineEvent extends AbstractEntity implements Searchable {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 10_000;
    public static final int TAG_MAX_LENGTH = 60;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, length = 10)
    private DatePrecision precision;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id")
    private EventCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 10)
    private Side side;

    @Column(name = "importance", nullable = false)
    private int importance;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private EventStatus status = EventStatus.DRAFT;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "published_by", length = 40)
    private @Nullable String publishedBy;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "needs_review", nullable = false)
    private boolean needsReview;

    @Column(name = "review_note", length = 500)
    private @Nullable String reviewNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "timeline_event_tag", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "tag", length = TAG_MAX_LENGTH)
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "timeline_event_actor", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "claimant_id")
    private Set<Long> actorIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "timeline_event_article", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "article_id")
    private Set<Long> articleIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "timeline_event_claim", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "claim_id")
    private Set<Long> claimIds = new LinkedHashSet<>();

    protected TimelineEvent() {
        this.title = "";
        this.startDate = LocalDate.EPOCH;
        this.precision = DatePrecision.DAY;
        this.category = new EventCategory();
        this.side = Side.OTHER;
        this.createdBy = "";
    }

    public TimelineEvent(String createdBy) {
        this();
        this.createdBy = createdBy;
    }

    /** Sets every editable field at once; the service has validated them. */
    public void edit(
            String title,
            LocalDate startDate,
            DatePrecision precision,
            @Nullable LocalDate endDate,
            @Nullable String description,
            EventCategory category,
            Side side,
            int importance,
            Set<String> tags,
            Set<Long> actorIds,
            Set<Long> articleIds,
            Set<Long> claimIds) {
        this.title = title;
        this.startDate = startDate;
        this.precision = precision;
        this.endDate = endDate;
        this.description = description;
        this.category = category;
        this.side = side;
        this.importance = importance;
        this.tags = new LinkedHashSet<>(tags);
        this.actorIds = new LinkedHashSet<>(actorIds);
        this.articleIds = new LinkedHashSet<>(articleIds);
        this.claimIds = new LinkedHashSet<>(claimIds);
    }

    public void publish(String by, Instant at) {
        this.status = EventStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public void unpublish() {
        this.status = EventStatus.DRAFT;
    }

    public void flagForReview(String note) {
        this.needsReview = true;
        this.reviewNote = note.length() > 500 ? note.substring(0, 500) : note;
    }

    public void clearReviewFlag() {
        this.needsReview = false;
        this.reviewNote = null;
    }

    public void addSource(long articleId) {
        articleIds.add(articleId);
    }

    public void addClaim(long claimId) {
        claimIds.add(claimId);
    }

    @Override
    public SearchDocument searchDocument() {
        return SearchDocument.builder("event", "timeline/events/" + getId(), title)
                .text(description)
                .date(startDate)
                .category(category.getName())
                .tags(tags)
                .status(status.name().toLowerCase(Locale.ROOT))
                .audience(status == EventStatus.DRAFT ? Audience.OWNER : Audience.EVERYONE, createdBy)
                .build();
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public EventCategory getCategory() {
        return category;
    }

    public Side getSide() {
        return side;
    }

    public int getImportance() {
        return importance;
    }

    public EventStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public @Nullable String getPublishedBy() {
        return publishedBy;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isNeedsReview() {
        return needsReview;
    }

    public @Nullable String getReviewNote() {
        return reviewNote;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public Set<Long> getActorIds() {
        return Set.copyOf(actorIds);
    }

    public Set<Long> getArticleIds() {
        return Set.copyOf(articleIds);
    }

    public Set<Long> getClaimIds() {
        return Set.copyOf(claimIds);
    }
}
