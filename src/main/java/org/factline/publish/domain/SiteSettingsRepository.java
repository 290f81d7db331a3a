package org.factline.publish.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteSettingsRepository extends JpaRepository<SiteSettings, Long> {

    /** The one row (the migration creates it). */
    Optional<SiteSettings> findFirstByOrderByIdAsc();
}
