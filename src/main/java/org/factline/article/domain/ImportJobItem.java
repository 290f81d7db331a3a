package org.factline.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factline.article.ImportItemState;
import org.factline.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One web address or uploaded file of an import job. Workers move it between states only with
 * conditional updates ({@link ImportJobItemRepository}): claimed PENDING to RUNNING with a token
 * and a lease, finished only by the holder of that token.
 */
@Entity
@Table(name = "import_job_item")
public class ImportJobItem extends AbstractEntity {

    public static final int ADDRESS_MAX_LENGTH = 2000;
    public static final int OUTCOME_MAX_LENGTH = 1000;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "address", length = ADDRESS_MAX_LENGTH)
    private @Nullable String address;

    @Column(name = "file_name", length = 500)
    private @Nullable String fileName;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "file_bytes", length = 104_857_600)
    private byte @Nullable [] fileBytes;

    @Column(name = "expand_feed", nullable = false)
    private boolean expandFeed;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private ImportItemState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claim_token", length = 36)
    private @Nullable String claimToken;

    @Column(name = "lease_until")
    private @Nullable Instant leaseUntil;

    @Column(name = "outcome", length = OUTCOME_MAX_LENGTH)
    private @Nullable String outcome;

    @Column(name = "article_id")
    private @Nullable Long articleId;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    /** The feed entry this item imports (a feed poll's job), else null. */
    @Column(name = "feed_entry_id", updatable = false)
    private @Nullable Long feedEntryId;

    /** The feed's name, the article's provenance, for a feed entry. */
    @Column(name = "source_name", length = 500, updatable = false)
    private @Nullable String sourceName;

    protected ImportJobItem() {
        this.state = ImportItemState.PENDING;
        this.nextAttemptAt = Instant.EPOCH;
    }

    private ImportJobItem(long jobId, int position, Instant due) {
        this.jobId = jobId;
        this.position = position;
        this.state = ImportItemState.PENDING;
        this.nextAttemptAt = due;
    }

    /** A web address; {@code expandFeed}: a feed there stands for its articles. */
    public static ImportJobItem address(long jobId, int position, String address, boolean expandFeed, Instant due) {
        var item = new ImportJobItem(jobId, position, due);
        item.address = address;
        item.expandFeed = expandFeed;
        return item;
    }

    /** A feed entry's page, imported as from the feed named {@code feedName}. */
    public static ImportJobItem feedEntry(
            long jobId, int position, String address, long feedEntryId, String feedName, Instant due) {
        var item = address(jobId, position, address, false, due);
        item.feedEntryId = feedEntryId;
        item.sourceName = feedName.length() <= 500 ? feedName : feedName.substring(0, 500);
        return item;
    }

    public static ImportJobItem file(long jobId, int position, String fileName, byte[] bytes, Instant due) {
        var item = new ImportJobItem(jobId, position, due);
        item.fileName = fileName.length() <= 500 ? fileName : fileName.substring(0, 500);
        item.fileBytes = bytes.clone();
        return item;
    }

    public @Nullable Long getFeedEntryId() {
        return feedEntryId;
    }

    public @Nullable String getSourceName() {
        return sourceName;
    }

    public long getJobId() {
        return jobId;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public @Nullable String getFileName() {
        return fileName;
    }

    public byte @Nullable [] getFileBytes() {
        return fileBytes == null ? null : fileBytes.clone();
    }

    public boolean isExpandFeed() {
        return expandFeed;
    }

    public ImportItemState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getClaimToken() {
        return claimToken;
    }

    public @Nullable Instant getLeaseUntil() {
        return leaseUntil;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public @Nullable Long getArticleId() {
        return articleId;
    }

    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }
}
