package org.factline.worthiness.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TrainedModelRepository extends JpaRepository<TrainedModel, Long> {

    Optional<TrainedModel> findFirstByActiveTrueOrderByIdDesc();

    /** The active model's name (newest first), without loading its weights. */
    @Query("select m.name from TrainedModel m where m.active = true order by m.id desc")
    List<String> activeNames(Pageable page);

    @Query("select new org.factline.worthiness.domain.ModelSummary(m.name, m.createdAt, m.createdBy,"
            + " m.trainingItems, m.heldOutItems, m.previousName, m.previousScore, m.newScore, m.active)"
            + " from TrainedModel m order by m.id desc")
    List<ModelSummary> summaries(Pageable page);

    @Modifying
    @Query("update TrainedModel m set m.active = false where m.active = true")
    int deactivateAll();
}
