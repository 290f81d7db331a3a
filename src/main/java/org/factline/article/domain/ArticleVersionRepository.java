package org.factline.article.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleVersionRepository extends JpaRepository<ArticleVersion, Long> {

    /** Newest first. */
    List<ArticleVersion> findByArticleIdOrderByNumberDesc(long articleId);

    Optional<ArticleVersion> findByArticleIdAndNumber(long articleId, int number);

    @Query("select coalesce(max(v.number), 0) from ArticleVersion v where v.articleId = :articleId")
    int latestNumber(long articleId);
}
