package org.factline.timeline.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventSuggestionRepository extends JpaRepository<EventSuggestion, Long> {

    List<EventSuggestion> findByStatusOrderByDateDescIdDesc(EventSuggestion.Status status);

    boolean existsByClaimId(long claimId);

    boolean existsByArticleIdAndSentence(long articleId, String sentence);
}
