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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a fresh database, creates the first admin: the password comes from FACTLINE_ADMIN_PASSWORD,
 * or is generated, printed once to the console and must be changed at first sign-in. Several nodes
 * starting at once on one empty database may all see it empty: the unique username lets one of
 * them create the admin, and the others see that admin and start normally.
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final UserAccountRepository repository;
    private final UserAccounts accounts;
    private final TransactionTemplate transactions;
    private final PasswordPolicy passwordPolicy;
    private final String username;
    private final String password;

    FirstAdminBootstrap(
            UserAccountRepository repository,
            UserAccounts accounts,
            PasswordPolicy passwordPolicy,
            PlatformTransactionManager transactionManager,
            @Value("${factline.admin.username:admin}") String username,
            @Value("${factline.admin.password:}") String password) {
        this.repository = repository;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.transactions = new TransactionTemplate(transactionManager);
        this.username = username;
        this.password = password;
        // Checked while the context is built, before the web server listens: a refused setting stops
        // the start with one sentence (AdminPasswordRefusedAnalyzer) instead of a login page that
        // answers for a moment and a context closing under running work.
        refuseBreakingPassword();
    }

    private void refuseBreakingPassword() {
        if (password.isBlank()) {
            return;
        }
        try {
            passwordPolicy.check(username, password);
        } catch (ValidationException refused) {
            throw new AdminPasswordRefused(username, refused.getMessage());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(transactions.execute(tx -> repository.count() > 0))) {
            return;
        }
        createFirstAdmin();
    }

    /**
     * Creates the admin, which another node may be doing at the same moment.
     *
     * @return whether this node created it (false: another node was first)
     */
    boolean createFirstAdmin() {
        boolean generated = password.isBlank();
        String initial = generated ? passwordPolicy.temporaryPassword() : password;
        var request = new NewUser(username, "Administrator", null, EnumSet.of(Role.ADMIN, Role.EDITOR));
        try {
            transactions.executeWithoutResult(
                    tx -> SystemAuthentication.runAsSystem(() -> accounts.create(request, initial, generated)));
        } catch (DataIntegrityViolationException e) {
            // The unique username: another node created the admin between our look and our insert.
            if (!Boolean.TRUE.equals(transactions.execute(tx ->
                    repository.findByUsername(UserNames.normalize(username)).isPresent()))) {
                throw e;
            }
            log.info("Factline first start: another node created the admin account '{}' at the same time", username);
            return false;
        }
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
        return true;
    }
}
