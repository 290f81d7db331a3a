package org.factline.audit.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    java.util.List<AuditEntry> findByTargetTypeAndTargetIdOrderByOccurredAtDescIdDesc(
            String targetType, String targetId, org.springframework.data.domain.Pageable page);
}
