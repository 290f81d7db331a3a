package org.factline.timeline.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventSuggestionRepository extends JpaRepository<EventSuggestion, Long> {

    List<EventSuggestion> findByStatusOrderByDateDescIdDesc(EventSuggestion.Status status);

    boolean existsByClaimId(long claimId);

    List<EventSuggestion> findByStatusAndDateBetween(EventSuggestion.Status status, LocalDate first, LocalDate last);

    long countByStatus(EventSuggestion.Status status);

    boolean existsByArticleIdAndSentence(long articleId, String sentence);
}
