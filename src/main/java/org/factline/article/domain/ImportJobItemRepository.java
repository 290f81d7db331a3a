package org.factline.article.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.factline.article.ImportItemState;
import org.factline.article.ImportJobItemEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ImportJobItemRepository extends JpaRepository<ImportJobItem, Long> {

    /** An item that may be claimed: the address (null for a file) lets the worker pick a host it may fetch from now. */
    record Due(long id, @Nullable String address) {}

    /** How many items of a job are in one state. */
    record StateCount(long jobId, ImportItemState state, long count) {}

    String CLAIMABLE = "((i.state = org.factline.article.ImportItemState.PENDING and i.nextAttemptAt <= :dueBy)"
            + " or (i.state = org.factline.article.ImportItemState.RUNNING and i.leaseUntil < :now))";

    /** Items due (or left claimed by a worker whose lease ran out), oldest job and first position first. */
    @Query("select new org.factline.article.domain.ImportJobItemRepository$Due(i.id, i.address)"
            + " from ImportJobItem i where " + CLAIMABLE + " order by i.jobId, i.position")
    List<Due> findClaimable(Instant dueBy, Instant now, Pageable page);

    /**
     * Claims an item: only if it is still claimable, so of two workers (or nodes) exactly one sees
     * 1. The token is what finishing the item must present.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ImportJobItem i set i.state = org.factline.article.ImportItemState.RUNNING,"
            + " i.claimToken = :token, i.leaseUntil = :leaseUntil, i.attempts = i.attempts + 1"
            + " where i.id = :id and " + CLAIMABLE)
    int claim(long id, String token, Instant leaseUntil, Instant dueBy, Instant now);

    /**
     * Marks a claimed item done with the article it produced (or the one it duplicates); its
     * file's bytes go, the article's original keeps them. 0 when the claim was lost (its lease ran
     * out and another worker took it).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ImportJobItem i set i.state = org.factline.article.ImportItemState.DONE, i.outcome = :outcome,"
            + " i.articleId = :articleId, i.finishedAt = :now, i.claimToken = null, i.leaseUntil = null,"
            + " i.fileBytes = null where i.id = :id and i.claimToken = :token"
            + " and i.state = org.factline.article.ImportItemState.RUNNING")
    int done(long id, String token, String outcome, @Nullable Long articleId, Instant now);

    /** Fails a claimed item for good (a file keeps its bytes for "retry failed"); 0 when the claim was lost. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ImportJobItem i set i.state = org.factline.article.ImportItemState.FAILED, i.outcome = :outcome,"
            + " i.finishedAt = :now, i.claimToken = null, i.leaseUntil = null"
            + " where i.id = :id and i.claimToken = :token"
            + " and i.state = org.factline.article.ImportItemState.RUNNING")
    int fail(long id, String token, String outcome, Instant now);

    /** Gives a claimed item back to wait for its next attempt. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ImportJobItem i set i.state = org.factline.article.ImportItemState.PENDING,"
            + " i.outcome = :outcome, i.nextAttemptAt = :nextAttemptAt, i.claimToken = null, i.leaseUntil = null"
            + " where i.id = :id and i.claimToken = :token"
            + " and i.state = org.factline.article.ImportItemState.RUNNING")
    int retryLater(long id, String token, String outcome, Instant nextAttemptAt);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ImportJobItem i set i.state = org.factline.article.ImportItemState.CANCELLED,"
            + " i.outcome = 'Cancelled.', i.finishedAt = :now, i.fileBytes = null"
            + " where i.jobId = :jobId and i.state = org.factline.article.ImportItemState.PENDING")
    int cancelPending(long jobId, Instant now);

    /** Failed items wait again, with their attempts counted afresh. Their files were kept. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ImportJobItem i set i.state = org.factline.article.ImportItemState.PENDING,"
            + " i.attempts = 0, i.nextAttemptAt = :now, i.outcome = null, i.finishedAt = null"
            + " where i.jobId = :jobId and i.state = org.factline.article.ImportItemState.FAILED")
    int retryFailed(long jobId, Instant now);

    @Query("select new org.factline.article.domain.ImportJobItemRepository$StateCount(i.jobId, i.state, count(i))"
            + " from ImportJobItem i where i.jobId in :jobIds group by i.jobId, i.state")
    List<StateCount> countStates(Collection<Long> jobIds);

    @Query("select new org.factline.article.ImportJobItemEntry(i.id, i.jobId, i.position,"
            + " coalesce(i.address, i.fileName, ''), i.state, i.attempts, i.outcome, i.articleId, i.nextAttemptAt,"
            + " i.finishedAt) from ImportJobItem i where i.jobId = :jobId order by i.position")
    List<ImportJobItemEntry> findEntries(long jobId, Pageable page);

    @Query("select coalesce(max(i.position), 0) from ImportJobItem i where i.jobId = :jobId")
    int lastPosition(long jobId);
}
