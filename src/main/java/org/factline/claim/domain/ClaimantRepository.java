package org.factline.claim.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClaimantRepository extends JpaRepository<Claimant, Long> {

    Optional<Claimant> findByNameKey(String nameKey);

    List<Claimant> findByNameKeyContainingOrderByName(String part, Pageable page);

    /** The claimant that goes by this other name. */
    @Query("select c from Claimant c join c.aliases a where a.nameKey = :key")
    Optional<Claimant> findByAliasKey(@Param("key") String key);

    /** Claimants with an other name containing the part, by name. */
    @Query("select distinct c from Claimant c join c.aliases a where a.nameKey like concat('%', :part, '%')"
            + " order by c.name")
    List<Claimant> findByAliasKeyContaining(@Param("part") String part, Pageable page);

    /** The claimant that name or alias key belongs to. */
    default Optional<Claimant> findByAnyKey(String key) {
        return findByNameKey(key).or(() -> findByAliasKey(key));
    }

    @Query(value = "select claimant_id from claimant_redirect where old_id = :id", nativeQuery = true)
    Optional<Long> redirectOf(@Param("id") long id);

    @Modifying
    @Query(value = "insert into claimant_redirect (old_id, claimant_id) values (:old, :target)", nativeQuery = true)
    void addRedirect(@Param("old") long oldId, @Param("target") long targetId);

    @Modifying
    @Query(value = "update claimant_redirect set claimant_id = :target where claimant_id = :old", nativeQuery = true)
    void retargetRedirects(@Param("old") long oldId, @Param("target") long targetId);

    /**
     * Timeline events name claimants as actors by id (the timeline module's table, which references
     * the claimant): a merge hands the merged claimant's events to the survivor, once per event.
     */
    @Modifying
    @Query(
            value = "delete from timeline_event_actor where claimant_id = :old and event_id in"
                    + " (select event_id from timeline_event_actor where claimant_id = :target)",
            nativeQuery = true)
    void dropActorDuplicates(@Param("old") long oldId, @Param("target") long targetId);

    @Modifying
    @Query(value = "update timeline_event_actor set claimant_id = :target where claimant_id = :old", nativeQuery = true)
    void moveActors(@Param("old") long oldId, @Param("target") long targetId);
}
