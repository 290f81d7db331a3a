package org.factline.timeline.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventCategoryRepository extends JpaRepository<EventCategory, Long> {

    List<EventCategory> findAllByOrderByPositionAscNameAsc();

    Optional<EventCategory> findByNameIgnoreCase(String name);

    @Query("select coalesce(max(c.position), 0) from EventCategory c")
    int maxPosition();

    @Query("select count(e) from TimelineEvent e where e.category.id = :categoryId")
    long countEvents(long categoryId);
}
