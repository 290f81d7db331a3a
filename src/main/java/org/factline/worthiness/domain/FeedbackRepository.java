package org.factline.worthiness.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findByArticleId(long articleId);

    Optional<Feedback> findByArticleIdAndSentenceHash(long articleId, String sentenceHash);

    long countByAccepted(boolean accepted);
}
