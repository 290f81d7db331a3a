package org.factline.user.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    /** The token presented to the API with its owner, in one query. */
    @EntityGraph(attributePaths = "owner")
    Optional<AccessToken> findByTokenHash(String tokenHash);

    @EntityGraph(attributePaths = "owner")
    List<AccessToken> findByOwnerIdOrderByCreatedAtDesc(long ownerId);

    @EntityGraph(attributePaths = "owner")
    @Query("select t from AccessToken t order by t.createdAt desc")
    List<AccessToken> findAllNewestFirst();

    /**
     * Last-used bookkeeping as a bulk update, so it neither counts as an edit of the token nor
     * writes more than once a minute per token.
     */
    @Modifying
    @Query("update AccessToken t set t.lastUsedAt = :at where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
    int recordUse(long id, Instant at, Instant staleBefore);
}
