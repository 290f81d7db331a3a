package org.factline.worthiness.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findByArticleId(long articleId);

    List<Feedback> findByArticleIdIn(java.util.Collection<Long> articleIds);

    Optional<Feedback> findByArticleIdAndSentenceHash(long articleId, String sentenceHash);

    long countByAccepted(boolean accepted);

    /** The newest feedback as training examples (retraining reads at most this page). */
    @org.springframework.data.jpa.repository.Query(
            "select new org.factline.worthiness.domain.FeedbackExample(f.sentenceHash, f.sentence,"
                    + " f.previousSentence, f.nextSentence, f.accepted) from Feedback f order by f.id desc")
    List<FeedbackExample> examples(org.springframework.data.domain.Pageable page);
}
