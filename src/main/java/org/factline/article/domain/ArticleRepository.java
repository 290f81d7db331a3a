package org.factline.article.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    Optional<Article> findByContentHash(String contentHash);

    Optional<Article> findFirstByCanonicalUrl(String canonicalUrl);

    Optional<Article> findFirstBySourceKindInAndSourceUrlOrderByIdAsc(Collection<SourceKind> kinds, String sourceUrl);

    long countByStatus(ArticleStatus status);

    /** Articles sharing at least one LSH bucket with the given (band, bucket) keys. */
    /**
     * Articles sharing LSH buckets with a signature, those sharing the most first, at most 200:
     * text common to many articles (boilerplate, wire copy) can't make one import compare
     * itself with thousands.
     */
    @Query(
            value = "select article_id from article_lsh where lsh_key in (:keys)"
                    + " group by article_id order by count(*) desc, article_id desc limit 200",
            nativeQuery = true)
    List<Long> findLshCandidates(Collection<Long> keys);

    @Modifying
    @Query(value = "insert into article_lsh (lsh_key, article_id) values (:key, :articleId)", nativeQuery = true)
    void addLshKey(long key, long articleId);

    @Modifying
    @Query(value = "delete from article_lsh where article_id = :articleId", nativeQuery = true)
    void removeLshKeys(long articleId);

    @Query("select new org.factline.article.domain.ArticleSignature(a.id, a.minhash, a.title) from Article a"
            + " where a.id in :ids and a.status = org.factline.article.domain.ArticleStatus.ACTIVE")
    List<ArticleSignature> findSignatures(Collection<Long> ids);
}
