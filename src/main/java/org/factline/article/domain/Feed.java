package org.factline.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.factline.base.domain.AbstractEntity;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/** A feed address polled on a schedule, with what its last polls did. */
@Entity
@Table(name = "feed")
// The entry counters grow by bulk updates while a poll's import job runs: an edit of the feed
// meanwhile writes only the columns it changed.
@DynamicUpdate
public class Feed extends AbstractEntity {

    public static final int ADDRESS_MAX_LENGTH = 2000;
    public static final int TITLE_MAX_LENGTH = 500;
    public static final int ERROR_MAX_LENGTH = 1000;
    public static final int RESULT_MAX_LENGTH = 300;

    @Column(name = "address", nullable = false, length = ADDRESS_MAX_LENGTH)
    private String address;

    @Column(name = "title", length = TITLE_MAX_LENGTH)
    private @Nullable String title;

    @Column(name = "interval_minutes", nullable = false)
    private int intervalMinutes;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "etag", length = 500)
    private @Nullable String etag;

    @Column(name = "last_modified", length = 100)
    private @Nullable String lastModified;

    @Column(name = "next_poll_at", nullable = false)
    private Instant nextPollAt;

    @Column(name = "last_polled_at")
    private @Nullable Instant lastPolledAt;

    @Column(name = "last_success_at")
    private @Nullable Instant lastSuccessAt;

    @Column(name = "last_result", length = RESULT_MAX_LENGTH)
    private @Nullable String lastResult;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private @Nullable String lastError;

    @Column(name = "entries_seen", nullable = false)
    private int entriesSeen;

    @Column(name = "entries_imported", nullable = false)
    private int entriesImported;

    @Column(name = "entries_duplicate", nullable = false)
    private int entriesDuplicate;

    @Column(name = "entries_failed", nullable = false)
    private int entriesFailed;

    @Column(name = "added_by", nullable = false, length = 40)
    private String addedBy;

    protected Feed() {
        this.address = "";
        this.nextPollAt = Instant.EPOCH;
        this.addedBy = "";
    }

    /** A new feed, due at once. */
    public Feed(
            String address, @Nullable String title, Duration interval, boolean active, String addedBy, Instant now) {
        this.address = address;
        this.title = title;
        this.intervalMinutes = (int) interval.toMinutes();
        this.active = active;
        this.addedBy = addedBy;
        this.nextPollAt = now;
    }

    /**
     * Changes what is polled and how often; the next poll is an interval after the last one. A new
     * address forgets the old one's validators and is due at once, so it is read in full.
     */
    public void change(String address, @Nullable String title, Duration interval, boolean active, Instant now) {
        boolean moved = !address.equals(this.address);
        if (moved) {
            this.etag = null;
            this.lastModified = null;
        }
        this.address = address;
        if (title != null) {
            this.title = clip(title, TITLE_MAX_LENGTH);
        }
        this.intervalMinutes = (int) interval.toMinutes();
        this.active = active;
        this.nextPollAt = moved || lastPolledAt == null ? now : lastPolledAt.plus(interval);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Records a poll, successful or not; the next one is due an interval later. */
    public void polled(Instant at, @Nullable String error, @Nullable String result) {
        this.lastPolledAt = at;
        this.nextPollAt = at.plus(getInterval());
        this.lastError = clip(error, ERROR_MAX_LENGTH);
        if (error == null) {
            this.lastSuccessAt = at;
        }
        this.lastResult = clip(result, RESULT_MAX_LENGTH);
    }

    /** What a full (200) answer brought: its title, its validators and the entries counted. */
    public void read(
            @Nullable String title,
            @Nullable String etag,
            @Nullable String lastModified,
            int newlySeen,
            int imported,
            int duplicate,
            int failed) {
        if (title != null) {
            this.title = clip(title, TITLE_MAX_LENGTH);
        }
        // A validator too long to keep is not sent back: the next poll then reads the feed in full.
        this.etag = etag != null && etag.length() <= 500 ? etag : null;
        this.lastModified = lastModified != null && lastModified.length() <= 100 ? lastModified : null;
        this.entriesSeen += newlySeen;
        this.entriesImported += imported;
        this.entriesDuplicate += duplicate;
        this.entriesFailed += failed;
    }

    private static @Nullable String clip(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    public String getAddress() {
        return address;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public Duration getInterval() {
        return Duration.ofMinutes(intervalMinutes);
    }

    public boolean isActive() {
        return active;
    }

    public @Nullable String getEtag() {
        return etag;
    }

    public @Nullable String getLastModified() {
        return lastModified;
    }

    public Instant getNextPollAt() {
        return nextPollAt;
    }

    public @Nullable Instant getLastPolledAt() {
        return lastPolledAt;
    }

    public @Nullable Instant getLastSuccessAt() {
        return lastSuccessAt;
    }

    public @Nullable String getLastResult() {
        return lastResult;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public int getEntriesSeen() {
        return entriesSeen;
    }

    public int getEntriesImported() {
        return entriesImported;
    }

    public int getEntriesDuplicate() {
        return entriesDuplicate;
    }

    public int getEntriesFailed() {
        return entriesFailed;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
