package org.factline.loadtest;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.user.DemoAccounts;
import org.factline.user.NewUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The virtual users' accounts, {@code load1} to {@code loadN} (fact-checkers, the demo password),
 * created through the same account service as the demo users; existing ones are left alone.
 */
@Component
@Profile("demo & loadtest")
@Order(20)
class LoadTestAccounts implements ApplicationRunner {

    static final String PASSWORD = "factline-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(LoadTestAccounts.class);

    private final DemoAccounts accounts;
    private final int users;

    LoadTestAccounts(DemoAccounts accounts, @Value("${factline.loadtest.users:500}") int users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<NewUser> wanted = IntStream.rangeClosed(1, users)
                .mapToObj(n -> new NewUser(
                        "load" + n,
                        "Load User " + n,
                        "load" + n + "@demo.factline.test",
                        EnumSet.of(Role.FACT_CHECKER)))
                .toList();
        int created = SystemAuthentication.runAsSystem(() -> accounts.ensure(wanted, PASSWORD));
        log.info("Load test: {} accounts load1..load{} ready ({} created)", users, users, created);
    }
}
