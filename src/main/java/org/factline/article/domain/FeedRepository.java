package org.factline.article.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeedRepository extends JpaRepository<Feed, Long> {

    List<Feed> findAllByOrderByCreatedAtAscIdAsc();

    Optional<Feed> findByAddress(String address);

    /** The active feeds due by {@code dueBy}, longest overdue first. */
    @Query("select f.id from Feed f where f.active = true and f.nextPollAt <= :dueBy order by f.nextPollAt, f.id")
    List<Long> findDue(Instant dueBy, Pageable page);
}
