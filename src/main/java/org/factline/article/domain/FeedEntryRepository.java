package org.factline.article.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factline.article.ImportItemState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeedEntryRepository extends JpaRepository<FeedEntry, Long> {

    List<FeedEntry> findByFeedIdAndEntryHashIn(long feedId, Collection<String> entryHashes);

    long countByFeedId(long feedId);

    Optional<FeedEntry> findByJobItemId(long jobItemId);

    /** The entries a job imports, by how their import stands. */
    @Query("select e.status as status, count(e) as count from FeedEntry e, ImportJobItem i"
            + " where e.jobItemId = i.id and i.jobId = :jobId group by e.status")
    List<StatusCount> countByJob(long jobId);

    /** The job's entries whose items are in {@code state} while the entries are in {@code status}. */
    @Query("select e from FeedEntry e, ImportJobItem i where e.jobItemId = i.id and i.jobId = :jobId"
            + " and i.state = :state and e.status = :status")
    List<FeedEntry> findByJob(long jobId, ImportItemState state, FeedEntry.Status status);

    interface StatusCount {
        FeedEntry.Status getStatus();

        long getCount();
    }
}
