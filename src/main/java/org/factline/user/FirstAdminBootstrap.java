package org.factline.user;

import java.util.EnumSet;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.user.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a fresh database, creates the first admin: the password comes from FACTLINE_ADMIN_PASSWORD,
 * or is generated, printed once to the console and must be changed at first sign-in.
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final UserAccountRepository repository;
    private final UserAccounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final String username;
    private final String password;

    FirstAdminBootstrap(
            UserAccountRepository repository,
            UserAccounts accounts,
            PasswordPolicy passwordPolicy,
            @Value("${factline.admin.username:admin}") String username,
            @Value("${factline.admin.password:}") String password) {
        this.repository = repository;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        boolean generated = password.isBlank();
        String initial = generated ? passwordPolicy.temporaryPassword() : password;
        if (!generated) {
            try {
                passwordPolicy.check(username, initial);
            } catch (ValidationException refused) {
                throw new AdminPasswordRefused(username, refused.getMessage());
            }
        }
        var request = new NewUser(username, "Administrator", null, EnumSet.of(Role.ADMIN, Role.EDITOR));
        SystemAuthentication.runAsSystem(() -> accounts.create(request, initial, generated));
        if (generated) {
            String line = "=".repeat(72);
            log.warn(
                    "\n{}\n  Factline first start: created the admin account\n    username: {}\n"
                            + "    one-time password: {}\n  Sign in at http://localhost:8080 and choose your own"
                            + " password.\n{}",
                    line,
                    username,
                    initial,
                    line);
        } else {
            log.info(
                    "Factline first start: created admin account '{}' with the password from the environment",
                    username);
        }
    }
}
