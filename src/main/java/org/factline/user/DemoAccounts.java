package org.factline.user;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.factline.security.AppRoles;
import org.factline.user.domain.UserAccountRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates demo accounts with a known password. Exists only in the demo profile, so no production
 * admin can mint accounts that skip the forced first-login password change.
 */
@Service
@Profile("demo")
@Transactional
@RolesAllowed(AppRoles.ADMIN)
public class DemoAccounts {

    private final UserAccountRepository repository;
    private final UserAccounts accounts;
    private final PasswordPolicy policy;

    DemoAccounts(UserAccountRepository repository, UserAccounts accounts, PasswordPolicy policy) {
        this.repository = repository;
        this.accounts = accounts;
        this.policy = policy;
    }

    /** @return how many accounts were created (existing usernames are left alone) */
    public int ensure(List<NewUser> users, String password) {
        int created = 0;
        for (NewUser user : users) {
            if (repository.existsByUsername(UserNames.normalize(user.username()))) {
                continue;
            }
            accounts.validate(user);
            policy.check(user.username(), password);
            accounts.create(user, password, false);
            created++;
        }
        return created;
    }
}
