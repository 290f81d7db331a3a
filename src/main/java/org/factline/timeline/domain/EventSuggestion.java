package org.factline.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.factline.base.domain.AbstractEntity;
import org.factline.timeline.DatePrecision;
import org.jspecify.annotations.Nullable;

/** An event Factline proposes from an article sentence or a verified claim. */
@Entity
@Table(name = "event_suggestion")
public class EventSuggestion extends AbstractEntity {

    public enum Source {
        ARTICLE,
        CLAIM
    }

    public enum Status {
        OPEN,
        ACCEPTED,
        DISMISSED
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 10)
    private Source source;

    @Column(name = "article_id")
    private @Nullable Long articleId;

    @Column(name = "claim_id")
    private @Nullable Long claimId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "sentence", nullable = false, length = 1000)
    private String sentence;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, length = 10)
    private DatePrecision precision;

    @Column(name = "matched_event_id")
    private @Nullable Long matchedEventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "decided_by", length = 40)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "event_id")
    private @Nullable Long eventId;

    protected EventSuggestion() {
        this.source = Source.ARTICLE;
        this.title = "";
        this.sentence = "";
        this.date = LocalDate.EPOCH;
        this.precision = DatePrecision.DAY;
    }

    public EventSuggestion(
            Source source,
            @Nullable Long articleId,
            @Nullable Long claimId,
            String title,
            String sentence,
            LocalDate date,
            DatePrecision precision,
            @Nullable Long matchedEventId) {
        this.source = source;
        this.articleId = articleId;
        this.claimId = claimId;
        this.title = title;
        this.sentence = sentence;
        this.date = date;
        this.precision = precision;
        this.matchedEventId = matchedEventId;
    }

    public void decide(Status outcome, String by, Instant at, @Nullable Long event) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.eventId = event;
    }

    public Source getSource() {
        return source;
    }

    public @Nullable Long getArticleId() {
        return articleId;
    }

    public @Nullable Long getClaimId() {
        return claimId;
    }

    public String getTitle() {
        return title;
    }

    public String getSentence() {
        return sentence;
    }

    public LocalDate getDate() {
        return date;
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    public @Nullable Long getMatchedEventId() {
        return matchedEventId;
    }

    public Status getStatus() {
        return status;
    }
}
