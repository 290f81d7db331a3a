package org.factline.claim.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factline.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ClaimRepository extends JpaRepository<Claim, Long>, JpaSpecificationExecutor<Claim> {

    @Query("select new org.factline.claim.domain.ClaimTagRow(c.id, t) from Claim c join c.tags t"
            + " where c.id in :ids order by c.id, t")
    List<ClaimTagRow> tagsOf(Collection<Long> ids);

    @Query("select c from Claim c where c.claimant.id = :claimantId order by c.claimDate desc nulls last, c.id desc")
    List<Claim> findByClaimant(long claimantId);

    /**
     * Locks the claim's row until the transaction ends, so changes that read-then-write its
     * assignee or vote figures queue up; what they read after the lock is the latest committed.
     */
    @Query(value = "select id from claim where id = :id for update", nativeQuery = true)
    Optional<Long> lock(long id);

    @Query("select c.assignee from Claim c where c.id = :id")
    Optional<String> assigneeOf(long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Claim c set c.assignee = :assignee where c.id = :id")
    int assign(long id, @Nullable String assignee);

    /** Stores a claim's text embedding without a version bump (no one's open form goes stale). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Claim c set c.embedding = :embedding where c.id = :id")
    int storeEmbedding(long id, float[] embedding);

    /** Ids of claims without an embedding yet, after {@code after}, in id order. */
    @Query("select c.id from Claim c where c.embedding is null and c.id > :after order by c.id")
    List<Long> withoutEmbedding(long after, org.springframework.data.domain.Limit limit);

    /** The latest approval among verified claims and the latest withdrawal (reopening) of any. */
    @Query("select new org.factline.claim.domain.PublicationTimes(max(c.verifiedAt), max(c.withdrawnAt))"
            + " from Claim c")
    PublicationTimes lastVerifiedAndWithdrawn();

    @Query("select c.status from Claim c where c.id = :id")
    Optional<ClaimStatus> statusOf(long id);

    /**
     * Moves a new claim into review in one statement that leaves {@code @Version} alone; the
     * caller refreshes a loaded copy of the claim (the persistence context isn't cleared, so the
     * caller's other entities stay managed).
     *
     * @return 1 if the claim was new, else 0
     */
    @Modifying(flushAutomatically = true)
    @Query("update Claim c set c.status = org.factline.claim.ClaimStatus.IN_REVIEW"
            + " where c.id = :id and c.status = org.factline.claim.ClaimStatus.NEW")
    int startReview(long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Claim c set c.voteCount = :count, c.voteDispersion = :dispersion where c.id = :id")
    int recordVotes(long id, int count, @Nullable Double dispersion);
}
