package org.factline.worthiness.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainedModelRepository extends JpaRepository<TrainedModel, Long> {

    Optional<TrainedModel> findFirstByActiveTrueOrderByIdDesc();

    List<TrainedModel> findTop20ByOrderByIdDesc();
}
