package org.factline.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factline.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** An entry a feed has shown, and how its import went: imported once, again when its updated time changes. */
@Entity
@Table(name = "feed_entry")
public class FeedEntry extends AbstractEntity {

    /** How an entry's last import ended (the import outcome's status), or that it is under way. */
    public enum Status {
        IMPORTED,
        DUPLICATE,
        FAILED,
        /** An import job's item imports it now or soon ({@link #getJobItemId()}). */
        QUEUED
    }

    @Column(name = "feed_id", nullable = false, updatable = false)
    private long feedId;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String entryHash;

    @Column(name = "link", nullable = false, length = 2000)
    private String link;

    @Column(name = "entry_updated_at")
    private @Nullable Instant entryUpdatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "article_id")
    private @Nullable Long articleId;

    @Column(name = "last_error", length = 500)
    private @Nullable String lastError;

    @Column(name = "job_item_id")
    private @Nullable Long jobItemId;

    protected FeedEntry() {
        this.entryHash = "";
        this.link = "";
        this.status = Status.FAILED;
    }

    public FeedEntry(long feedId, String entryHash, String link) {
        this.feedId = feedId;
        this.entryHash = entryHash;
        this.link = link;
        this.status = Status.FAILED;
    }

    /** Records an import attempt of the entry as it was at {@code updatedAt}. */
    public void attempted(
            String link, @Nullable Instant updatedAt, Status status, @Nullable Long articleId, @Nullable String error) {
        this.link = link.length() > 2000 ? this.link : link;
        this.entryUpdatedAt = updatedAt;
        this.status = status;
        this.attempts = status == Status.FAILED ? attempts + 1 : 0;
        if (articleId != null) {
            this.articleId = articleId;
        }
        this.lastError = error == null || error.length() <= 500 ? error : error.substring(0, 499) + "\u2026";
    }

    /** The entry as the feed shows it now goes to an import job; {@link #attempted} records how it ended. */
    public void queued(String link, @Nullable Instant updatedAt) {
        this.link = link.length() > 2000 ? this.link : link;
        this.entryUpdatedAt = updatedAt;
        this.status = Status.QUEUED;
    }

    /** The job item that imports the entry. */
    public void importedBy(long jobItemId) {
        this.jobItemId = jobItemId;
    }

    /** The job's import of the entry ended as {@code status}. */
    public void attempted(Status status, @Nullable Long articleId, @Nullable String error) {
        attempted(link, entryUpdatedAt, status, articleId, error);
    }

    /** Someone cancelled the import: failed, and not tried again by later polls. */
    public void cancelled(int attempts) {
        attempted(Status.FAILED, null, "The import was cancelled.");
        this.attempts = Math.max(this.attempts, attempts);
    }

    public @Nullable Long getJobItemId() {
        return jobItemId;
    }

    public long getFeedId() {
        return feedId;
    }

    public String getEntryHash() {
        return entryHash;
    }

    public String getLink() {
        return link;
    }

    public @Nullable Instant getEntryUpdatedAt() {
        return entryUpdatedAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable Long getArticleId() {
        return articleId;
    }

    public @Nullable String getLastError() {
        return lastError;
    }
}
