package org.factline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.audit.AuditFilter;
import org.factline.audit.AuditLog;
import org.factline.base.ValidationException;
import org.factline.claim.AssigneeFilter;
import org.factline.claim.ClaimAssignments;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimOrder;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimSummary;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.user.NewUser;
import org.factline.user.UserAdminService;
import org.factline.vote.VoteService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real PostgreSQL server (embedded binaries from Maven Central, no
 * installation needed): Flyway migrates an empty database, Hibernate validates every entity
 * against it, and the queries that differ most between databases run for real.
 */
@SpringBootTest
@ActiveProfiles("test")
class PostgresCompatibilityTest {

    private static final EmbeddedPostgres POSTGRES = start();

    @Autowired
    DataSource dataSource;

    @Autowired
    UserAdminService admin;

    @Autowired
    AuditLog auditLog;

    @Autowired
    UserDetailsService users;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        // The server stops after the tests (@AfterAll), before the context closes; the event
        // publication registry's shutdown report then asks for a connection: fail fast instead of
        // waiting out Hikari's 30 s (and Surefire's patience).
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    }

    @AfterEach
    void deliverEventsOfThisTest() {
        new EventDeliveries(new JdbcTemplate(dataSource)).awaitAllDelivered();
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Test
    void migrations_run_on_postgresql_and_match_the_entities() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isEqualTo(
                        Flyway.configure().dataSource(dataSource).load().info().applied().length);
        assertThat(Flyway.configure().dataSource(dataSource).load().info().pending())
                .isEmpty();
    }

    @Test
    void user_administration_works_on_postgresql() {
        var principal = users.loadUserByUsername(AbstractIntegrationTest.ADMIN);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            var created = admin.create(new NewUser("pg-user", "Pat Gres", "pat@example.org", Set.of(Role.ADMIN)));
            var me = admin.find("admin", 0, 10, Sort.by("username")).getFirst();
            var demoted = admin.changeRoles(me.id(), me.version(), Set.of(Role.EDITOR)); // pg-user is still admin
            assertThat(demoted.roles()).containsExactly(Role.EDITOR);

            SecurityContextHolder.clearContext();
            var pgAdmin = users.loadUserByUsername("pg-user");
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            pgAdmin, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
            var last = admin.get(created.user().id());
            assertThatThrownBy(() -> admin.changeRoles(last.id(), last.version(), Set.of(Role.EDITOR)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("last active admin");
            assertThat(auditLog.search(
                            new AuditFilter(null, "user.roles-changed", "admin", null, null), Pageable.ofSize(5)))
                    .hasSize(1);
            assertThat(admin.find("PAT", 0, 10, Sort.by("displayName"))).hasSize(1);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimAssignments assignments;

    @Autowired
    VoteService votes;

    /** The claims list's native lock, "needs my vote" anti-join and nulls-last sort on PostgreSQL. */
    @Test
    void claims_list_assignment_and_vote_orders_work_on_postgresql() {
        SystemAuthentication.runAsSystem(() -> admin.create(
                new NewUser("pg-checker", "Casey Checker", "checker@example.org", Set.of(Role.FACT_CHECKER))));
        String tag = "pg-list";
        var ids = SystemAuthentication.runAs("pg-editor", () -> {
            long quiet = claims.create(new NewClaim("No votes yet", null, null, Set.of(tag)))
                    .id();
            long split = claims.create(new NewClaim("True against false", null, null, Set.of(tag)))
                    .id();
            votes.castVote(split, Verdict.TRUE, null);
            assignments.assign(split, null, "pg-checker");
            return List.of(quiet, split);
        });
        SystemAuthentication.runAs("pg-other", () -> votes.castVote(ids.get(1), Verdict.FALSE, null));

        var filter = new ClaimFilter(null, null, tag, null);
        SystemAuthentication.runAs("pg-editor", () -> {
            assertThat(claims.find(filter, 0, 10, ClaimOrder.MOST_DISPUTED.sort()))
                    .extracting(ClaimSummary::id)
                    .containsExactly(ids.get(1), ids.get(0));
            assertThat(claims.find(filter.withNeedsMyVote(true), 0, 10, ClaimOrder.NEWEST.sort()))
                    .extracting(ClaimSummary::id)
                    .containsExactly(ids.get(0));
            assertThat(claims.count(filter.withAssignee(AssigneeFilter.person("pg-checker"))))
                    .isEqualTo(1);
            return null;
        });
        assertThat(new JdbcTemplate(dataSource)
                        .queryForObject("select vote_dispersion from claim where id = ?", Double.class, ids.get(1)))
                .isEqualTo(2.0);
    }

    @Autowired
    ArticleImportService articleImports;

    @Autowired
    List<JavaMigration> javaMigrations;

    /** Migration 13 (Java) recomputes a CJK article's signature and LSH buckets on PostgreSQL. */
    @Test
    void cjk_shingles_migration_works_on_postgresql() throws Exception {
        String report = "半导体产业园二期项目正式开工建设。该项目总投资约八十亿元，规划建设十二英寸晶圆封装测试生产线及配套研发中心，"
                + "预计两年后竣工投产。二期项目建成后，将新增就业岗位约三千个，进一步完善本地集成电路产业链。";
        long id = SystemAuthentication.runAs(
                "pg-importer",
                () -> articleImports.importPaste("园区", report, PasteFormat.TEXT).articleId());
        var jdbc = new JdbcTemplate(dataSource);
        String fresh = jdbc.queryForObject("select minhash from article where id = ?", String.class, id);
        jdbc.update("update article set minhash = ? where id = ?", "00".repeat(512), id);
        jdbc.update("delete from article_lsh where article_id = ?", id);

        var migration = javaMigrations.stream()
                .filter(m -> m.getVersion().getVersion().equals("13"))
                .findFirst()
                .orElseThrow();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            connection.commit();
        }

        assertThat(jdbc.queryForObject("select minhash from article where id = ?", String.class, id))
                .isEqualTo(fresh);
        assertThat(jdbc.queryForObject("select count(*) from article_lsh where article_id = ?", Integer.class, id))
                .isPositive();
        var copy = SystemAuthentication.runAs(
                "pg-importer", () -> articleImports.importPaste("转载", "首页 > 财经 > 正文\n" + report, PasteFormat.TEXT));
        assertThat(copy.similarTo()).isEqualTo(id);
    }

    @Autowired
    org.factline.backup.BackupService backups;

    /** A backup of the running application on PostgreSQL, restored over it, the index rebuilt. */
    @Test
    void backup_and_restore_work_in_the_running_application_on_postgresql() throws Exception {
        var principal = users.loadUserByUsername(AbstractIntegrationTest.ADMIN);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            var made = backups.backUpNow().get(3, java.util.concurrent.TimeUnit.MINUTES);
            assertThat(made.state()).as(made.message()).isEqualTo(org.factline.backup.BackupProgress.State.DONE);
            String name = made.message().split(" ")[1];
            var restored = backups.restore(name, "Factline").get(5, java.util.concurrent.TimeUnit.MINUTES);
            assertThat(restored.state())
                    .as(restored.message())
                    .isEqualTo(org.factline.backup.BackupProgress.State.DONE);
            assertThat(restored.message()).contains("search index was rebuilt");
            assertThat(admin.find("admin", 0, 10, Sort.by("username"))).isNotEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL server", e);
        }
    }
}
