package org.factline.demo;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factline.article.ArticleImportService;
import org.factline.article.ImportOutcome;
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
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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
    private final ArticleImportService articles;

    DemoWorkspace(DemoAccounts accounts, ArticleImportService articles) {
        this.accounts = accounts;
        this.articles = articles;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int created = SystemAuthentication.runAsSystem(() -> accounts.ensure(USERS, DEMO_PASSWORD));
        if (created > 0) {
            log.info("Demo workspace: created {} demo users (password '{}')", created, DEMO_PASSWORD);
        }
        importArticles();
    }

    /** Demo articles written for Factline; importing again finds them as duplicates and skips them. */
    private void importArticles() throws IOException {
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.html");
        int imported = 0;
        for (Resource resource : resources) {
            byte[] bytes = resource.getContentAsByteArray();
            String name = resource.getFilename() == null ? "demo.html" : resource.getFilename();
            var outcome = SystemAuthentication.runAs("fiona", () -> articles.importFile(name, bytes));
            if (outcome.status() == ImportOutcome.Status.IMPORTED) {
                imported++;
            } else if (outcome.status() == ImportOutcome.Status.FAILED) {
                log.warn("Demo article {} not imported: {}", name, outcome.message());
            }
        }
        if (imported > 0) {
            log.info("Demo workspace: imported {} demo articles", imported);
        }
    }

    private static NewUser user(String username, String name, Set<Role> roles) {
        return new NewUser(username, name, username + "@demo.factline.test", roles);
    }
}
