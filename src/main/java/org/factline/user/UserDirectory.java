package org.factline.user;

import org.factline.user.domain.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Facts about the team that every signed-in member may see. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('FACT_CHECKER', 'ADMIN')")
public class UserDirectory {

    private final UserAccountRepository repository;

    UserDirectory(UserAccountRepository repository) {
        this.repository = repository;
    }

    public long countActiveMembers() {
        return repository.countByEnabledTrue();
    }
}
