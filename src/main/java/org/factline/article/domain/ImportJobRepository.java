package org.factline.article.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

    /** Newest first. */
    List<ImportJob> findAllByOrderByCreatedAtDescIdDesc(Pageable page);
}
