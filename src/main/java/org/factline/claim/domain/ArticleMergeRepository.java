package org.factline.claim.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleMergeRepository extends JpaRepository<ArticleMerge, Long> {

    /** The merge that stands for this copy (at most one: a copy is merged again only after an undo). */
    Optional<ArticleMerge> findFirstByCopyIdAndUndoneAtIsNullOrderByIdDesc(long copyId);
}
