package org.factline.timeline.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TimelineEventRepository extends JpaRepository<TimelineEvent, Long> {

    @Query("select e from TimelineEvent e order by e.startDate, e.id")
    List<TimelineEvent> findAllInOrder();

    @Query("select e from TimelineEvent e where e.startDate between :first and :last order by e.startDate, e.id")
    List<TimelineEvent> findStartingBetween(LocalDate first, LocalDate last);

    @Query("select e from TimelineEvent e join e.claimIds c where c = :claimId")
    List<TimelineEvent> findByClaim(long claimId);
}
