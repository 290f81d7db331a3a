package org.factline.article.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface FeedRepository extends JpaRepository<Feed, Long> {

    List<Feed> findAllByOrderByCreatedAtAscIdAsc();

    Optional<Feed> findByAddress(String address);

    /** The active feeds due by {@code dueBy}, longest overdue first. */
    @Query("select f.id from Feed f where f.active = true and f.nextPollAt <= :dueBy order by f.nextPollAt, f.id")
    List<Long> findDue(Instant dueBy, Pageable page);

    /**
     * Counts one ended import of the feed's entries (one of the three is 1), without touching the
     * feed's version: import workers end entries of one feed at the same time as people edit it.
     */
    @Modifying(flushAutomatically = true)
    @Query("update Feed f set f.entriesImported = f.entriesImported + :imported,"
            + " f.entriesDuplicate = f.entriesDuplicate + :duplicate, f.entriesFailed = f.entriesFailed + :failed"
            + " where f.id = :id")
    int countEnded(long id, int imported, int duplicate, int failed);

    /** What the feed's last poll did, once its import job has imported what it found. */
    @Modifying(flushAutomatically = true)
    @Query("update Feed f set f.lastResult = :result where f.id = :id")
    int lastResult(long id, String result);
}
