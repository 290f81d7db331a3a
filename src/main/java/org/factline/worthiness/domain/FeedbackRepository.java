package org.factline.worthiness.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findByArticleId(long articleId);

    List<Feedback> findByArticleIdIn(Collection<Long> articleIds);

    Optional<Feedback> findByArticleIdAndSentenceHash(long articleId, String sentenceHash);

    long countByAccepted(boolean accepted);

    /** The newest feedback as training examples (retraining reads at most this page). */
    @Query("select new org.factline.worthiness.domain.FeedbackExample(f.sentenceHash, f.sentence,"
            + " f.previousSentence, f.nextSentence, f.accepted) from Feedback f order by f.id desc")
    List<FeedbackExample> examples(Pageable page);
}
