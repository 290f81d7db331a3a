package org.factline.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.user.DemoAccounts;
import org.factline.user.NewUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fills an empty workspace with demo content; safe to run on every start (skips what exists). */
@Component
@Profile("demo")
@Order(10)
class DemoWorkspace implements ApplicationRunner {

    /** Printed in the README; only ever valid in the demo profile. */
    static final String DEMO_PASSWORD = "factline-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    static final List<NewUser> USERS = List.of(
            user("ada", "Ada Okafor", EnumSet.of(Role.ADMIN, Role.EDITOR)),
            user("erin", "Erin Castillo", Set.of(Role.EDITOR)),
            user("eli", "Eli Nakamura", Set.of(Role.EDITOR)),
            user("fiona", "Fiona Brandt", Set.of(Role.FACT_CHECKER)),
            user("felix", "Felix Osei", Set.of(Role.FACT_CHECKER)),
            user("farah", "Farah Haddad", Set.of(Role.FACT_CHECKER)));

    private final DemoAccounts accounts;

    DemoWorkspace(DemoAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = SystemAuthentication.runAsSystem(() -> accounts.ensure(USERS, DEMO_PASSWORD));
        if (created > 0) {
            log.info("Demo workspace: created {} demo users (password '{}')", created, DEMO_PASSWORD);
        }
    }

    private static NewUser user(String username, String name, Set<Role> roles) {
        return new NewUser(username, name, username + "@demo.factline.test", roles);
    }
}
