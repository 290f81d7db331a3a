package org.factline.worthiness.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleTriageRepository extends JpaRepository<ArticleTriage, Long> {

    List<ArticleTriage> findByArticleIdIn(Collection<Long> articleIds);

    /** Active articles after the given id with no scores under the named model, oldest first. */
    @Query(
            value = "select a.id from article a left join article_triage t on t.article_id = a.id"
                    + " where a.status = 'ACTIVE' and a.id > ?2 and (t.article_id is null or t.model_name <> ?1)"
                    + " order by a.id limit ?3",
            nativeQuery = true)
    List<Long> unscored(String modelName, long afterId, int limit);
}
