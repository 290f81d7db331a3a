package org.factline.claim.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimantRepository extends JpaRepository<Claimant, Long> {

    Optional<Claimant> findByNameKey(String nameKey);

    List<Claimant> findByNameKeyContainingOrderByName(String part, Pageable page);
}
