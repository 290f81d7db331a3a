package org.factline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleVersions;
import org.factline.article.ImportItemState;
import org.factline.article.ImportJobDriver;
import org.factline.article.ImportJobs;
import org.factline.article.ImportOutcome;
import org.factline.article.PasteFormat;
import org.factline.article.UploadedFile;
import org.factline.audit.AuditFilter;
import org.factline.audit.AuditLog;
import org.factline.base.ValidationException;
import org.factline.base.export.ExportFormat;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.SecondNode;
import org.factline.claim.AssigneeFilter;
import org.factline.claim.ClaimAssignments;
import org.factline.claim.ClaimExport;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimOrder;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimSummary;
import org.factline.claim.DuplicateMerges;
import org.factline.claim.MergeFixtures;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.note.EvidenceForm;
import org.factline.note.EvidenceService;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.factline.publish.PublicationStatus;
import org.factline.publish.PublishedVerdicts;
import org.factline.publish.PublishingSettings;
import org.factline.publish.PublishingSettingsForm;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.user.NewUser;
import org.factline.user.UserAdminService;
import org.factline.vote.VoteService;
import org.factline.webhook.DeliveryStatus;
import org.factline.webhook.DeliverySummary;
import org.factline.webhook.EndpointForm;
import org.factline.webhook.EndpointSecret;
import org.factline.webhook.TestReceiver;
import org.factline.webhook.WebhookEvent;
import org.factline.webhook.WebhookService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
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
    ClaimExport claimExport;

    /**
     * The export's keyset pages on PostgreSQL (its own null order, {@code nulls last} rendered by
     * Hibernate): 1,100 claims with tied times, counts and dispersions, over three pages of 500,
     * in each order exactly as the list has them.
     */
    @Test
    void claim_export_pages_follow_the_lists_orders_on_postgresql() throws Exception {
        String tag = "pg-export";
        var jdbc = new JdbcTemplate(dataSource);
        var base = java.time.Instant.parse("2025-01-01T00:00:00Z");
        var rows = new java.util.ArrayList<Object[]>();
        for (int i = 0; i < 1_100; i++) {
            var when = java.sql.Timestamp.from(base.plusSeconds(i / 3)); // three claims a second
            rows.add(new Object[] {when, when, "Exported claim " + i, i % 4, i % 3 == 0 ? null : (i % 5) * 0.5});
        }
        jdbc.batchUpdate(
                "insert into claim (version, created_at, updated_at, text, status, created_by, vote_count,"
                        + " vote_dispersion) values (0, ?, ?, ?, 'NEW', 'pg-bulk', ?, ?)",
                rows);
        jdbc.update("insert into claim_tag (claim_id, tag) select id, ? from claim where created_by = 'pg-bulk'", tag);

        var filter = new ClaimFilter(null, null, tag, null);
        SystemAuthentication.runAs("pg-editor", () -> {
            for (ClaimOrder order : ClaimOrder.values()) {
                var out = new java.io.ByteArrayOutputStream();
                claimExport.write(filter, order, ExportFormat.CSV, out);
                List<Long> exported;
                try {
                    exported = CSVFormat.DEFAULT
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .get()
                            .parse(new java.io.StringReader(out.toString(java.nio.charset.StandardCharsets.UTF_8)))
                            .stream()
                            .map(r -> Long.parseLong(r.get("id")))
                            .toList();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                assertThat(exported)
                        .as(order.name())
                        .hasSize(1_100)
                        .containsExactlyElementsOf(claims.find(filter, 0, 2_000, order.sort()).stream()
                                .map(ClaimSummary::id)
                                .toList());
            }
            return null;
        });
    }

    @Autowired
    EvidenceService evidence;

    @Autowired
    ReviewService review;

    @Autowired
    PublishedVerdicts published;

    @Autowired
    PublishingSettings publishing;

    /**
     * The public pages' reads on PostgreSQL: the native query over deleted evidence too, the latest
     * approval and withdrawal in one query, and the settings row the migration created.
     */
    @Test
    void public_verdicts_with_evidence_and_settings_work_on_postgresql() {
        long claimId = SystemAuthentication.runAs("pg-proposer", () -> {
            long id = claims.create(new NewClaim("The bridge carries ten thousand cars a day", null, null, Set.of()))
                    .id();
            evidence.add(
                    id,
                    new EvidenceForm(
                            "Traffic count",
                            "https://roads.example/count",
                            null,
                            SourceType.DATASET,
                            Stance.SUPPORTS,
                            "10,412 cars a day",
                            null,
                            null,
                            null),
                    null);
            review.propose(id, Verdict.TRUE, "The traffic count agrees.");
            return id;
        });
        SystemAuthentication.runAs("pg-approver", () -> {
            var item = evidence.list(claimId).getFirst();
            evidence.showPublicly(item.id(), item.version(), true);
            review.approve(claimId, claims.get(claimId).summary().version());
            var settings = publishing.get();
            publishing.save(
                    settings.version(), new PublishingSettingsForm("PG Desk", null, "https://pg.example", true));
            return null;
        });

        var page = (PublicationStatus.Published) published.find(claimId);
        assertThat(page.verdict().evidence()).extracting(e -> e.quote()).containsExactly("10,412 cars a day");
        assertThat(published.feed(1).changedAt()).isNotNull();
        assertThat(publishing.current().publicUrl()).isEqualTo("https://pg.example");

        SystemAuthentication.runAs("pg-approver", () -> {
            evidence.delete(evidence.list(claimId).getFirst().id());
            assertThat(evidence.publicEvidenceChanged(List.of(claimId))).containsKey(claimId);
            review.reopen(claimId, claims.get(claimId).summary().version());
            return null;
        });
        assertThat(published.find(claimId)).isInstanceOf(PublicationStatus.Withdrawn.class);
        assertThat(published.latest(null, 1).changedAt()).isNotNull();
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
    DuplicateMerges merges;

    /** Merging a near-copy into its original and undoing it, with the merge record, on PostgreSQL. */
    @Test
    void merging_a_near_copy_and_undoing_it_work_on_postgresql() {
        SystemAuthentication.runAs("pg-editor", () -> {
            var pair = MergeFixtures.pair(articleImports, claims, "pgmerge");
            var jdbc = new JdbcTemplate(dataSource);
            String rows = "select id, article_id, start_offset, end_offset, prefix, suffix, anchor_lost"
                    + " from claim_appearance where claim_id in (?, ?, ?) order by id";
            var before = jdbc.queryForList(rows, pair.inBoth(), pair.onlyInCopy(), pair.alreadyInOriginal());
            var plan = merges.merge(
                    pair.copy(),
                    pair.original(),
                    merges.preview(pair.copy(), pair.original()).copyVersion());
            assertThat(plan.moving()).isEqualTo(2);
            assertThat(jdbc.queryForObject(
                            "select count(*) from article_merge_appearance m join article_merge a on a.id = m.merge_id"
                                    + " where a.copy_id = ?",
                            Integer.class,
                            pair.copy()))
                    .isEqualTo(2);
            assertThat(merges.undo(pair.copy()).goingBack()).isEqualTo(2);
            assertThat(jdbc.queryForList(rows, pair.inBoth(), pair.onlyInCopy(), pair.alreadyInOriginal()))
                    .isEqualTo(before);
            return null;
        });
    }

    @Autowired
    ArticleVersions articleVersions;

    /** Articles that change on PostgreSQL: a new version by re-import, its diff, the flagged passage. */
    @Test
    void article_versions_work_on_postgresql() {
        String story = "<html><head><link rel=\"canonical\" href=\"https://pg.example/world/versions-story\"></head>"
                + "<body><article><h1>Port traffic</h1><p>Port traffic rose by ten percent in the first quarter,"
                + " the harbour authority said on Monday.</p><p>Officials said they were still counting the"
                + " containers.</p></article></body></html>";
        var ids = SystemAuthentication.runAs("pg-versions", () -> {
            long article =
                    articleImports.importPaste(null, story, PasteFormat.HTML).articleId();
            long claim = claims.createFromPassage(
                            new NewClaim("Still counting", null, null, Set.of()),
                            article,
                            "they were still counting the containers",
                            -1)
                    .id();
            return List.of(article, claim);
        });
        var updated = SystemAuthentication.runAs(
                "pg-versions",
                () -> articleImports.importPaste(
                        null, story.replace("they were still counting the", "the count of"), PasteFormat.HTML));
        assertThat(updated.status()).isEqualTo(ImportOutcome.Status.UPDATED);
        new EventDeliveries(new JdbcTemplate(dataSource)).awaitQuiet();
        SystemAuthentication.runAsSystem(() -> {
            assertThat(articleVersions.list(ids.get(0))).hasSize(2);
            assertThat(articleVersions.diff(ids.get(0), 1, 2).deletions()).isPositive();
            var appearance = claims.get(ids.get(1)).appearances().getFirst();
            assertThat(appearance.changedInVersion()).isEqualTo(2);
            assertThat(appearance.nearestText()).contains("the count of");
        });
    }

    @Autowired
    ImportJobs importJobs;

    @Autowired
    ApplicationContext context;

    /** Import jobs on PostgreSQL: an upload's bytes (bytea), the conditional claim, article and DONE in one step. */
    @Test
    void an_upload_job_is_worked_on_postgresql() {
        String memo = "The harbour board approved the dredging contract on Friday after the port's own survey"
                + " showed the channel had silted up faster than the consultants had predicted last spring.";
        var job = SystemAuthentication.runAs(
                "pg-importer",
                () -> importJobs.submitFiles(
                        "Memos", List.of(new UploadedFile("memo.txt", memo.getBytes(StandardCharsets.UTF_8)))));
        assertThat(ImportJobDriver.workAll(context)).isEqualTo(1);
        var items = SystemAuthentication.runAs("pg-importer", () -> importJobs.items(job.id()));
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.state()).isEqualTo(ImportItemState.DONE);
            assertThat(item.articleId()).isNotNull();
        });
    }

    @Autowired
    WebhookService webhooks;

    /** The webhook queue on PostgreSQL: subscribers, the conditional claim and retry, the log. */
    @Test
    void an_approval_reaches_a_webhook_on_postgresql() throws Exception {
        try (var receiver = TestReceiver.start()) {
            EndpointSecret endpoint = SystemAuthentication.runAs(
                    "pg-admin",
                    () -> webhooks.create(
                            new EndpointForm(receiver.url(), null, Set.of(WebhookEvent.VERDICT_APPROVED), true)));
            long claimId = SystemAuthentication.runAs("pg-proposer", () -> {
                long id = claims.create(new NewClaim("Ferry fares rose by half", null, null, Set.of()))
                        .id();
                review.propose(id, Verdict.MIXED, "The fare tables show a smaller rise.");
                return id;
            });
            SystemAuthentication.runAs(
                    "pg-approver",
                    () -> review.approve(claimId, claims.get(claimId).summary().version()));
            new EventDeliveries(new JdbcTemplate(dataSource)).awaitQuiet();

            DeliverySummary delivered = SystemAuthentication.runAs("pg-admin", () -> {
                var queued = webhooks.deliveries(endpoint.endpoint().id());
                assertThat(queued).hasSize(1);
                return webhooks.retry(queued.getFirst().id());
            });
            assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(TestReceiver.signatureValid(receiver.received().getFirst(), endpoint.secret()))
                    .isTrue();
            SystemAuthentication.runAs("pg-admin", () -> {
                webhooks.delete(endpoint.endpoint().id());
                return null;
            });
        }
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

    @Autowired
    org.factline.article.FeedService feeds;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    /** A saved feed polled twice (entries table, validators, counters) and the cluster lock's table. */
    @Test
    void feeds_and_the_cluster_lock_work_on_postgresql() throws Exception {
        var site = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        org.factline.article.ArticleFixtures.serve(
                site,
                "/feed.json",
                "application/feed+json",
                "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"PG desk\", \"items\": [{\"id\": \"1\","
                        + " \"url\": \"" + base + "/story\", \"date_modified\": \"2026-12-01T09:00:00Z\"}]}");
        org.factline.article.ArticleFixtures.serve(
                site,
                "/story",
                "text/html",
                org.factline.article.ArticleFixtures.NEWS_PAGE.replace("Commerce tightens", "Postgres feed story"));
        site.start();
        try {
            SystemAuthentication.runAsSystem(() -> {
                var feed = feeds.add(
                        new org.factline.article.FeedForm(base + "/feed.json", java.time.Duration.ofMinutes(10), true));
                org.factline.article.ImportJobDriver.cancelOpenItems(context);
                assertThat(feeds.pollNow(feed.id()).newEntries()).isEqualTo(1);
                assertThat(org.factline.article.ImportJobDriver.workAll(context))
                        .as("the poll's import job")
                        .isEqualTo(1);
                assertThat(feeds.feeds().getFirst().lastResult()).isEqualTo("1 new: 1 imported");
                assertThat(feeds.pollNow(feed.id()).newEntries()).isZero();
                assertThat(feeds.feeds().getFirst().entriesImported()).isEqualTo(1);
                feeds.delete(feed.id());
            });
        } finally {
            site.stop(0);
        }
        var one = new org.factline.base.ClusterLock(dataSource, transactionManager);
        var other = new org.factline.base.ClusterLock(dataSource, transactionManager);
        boolean[] otherRan = {true};
        assertThat(one.runExclusively("pg-lock", () -> otherRan[0] = other.runExclusively("pg-lock", () -> {})))
                .isTrue();
        assertThat(otherRan[0]).isFalse();
        assertThat(other.runExclusively("pg-lock", () -> {})).isTrue();
    }

    @Autowired
    Broadcaster broadcaster;

    /** Live updates across nodes: the application is node A, {@link SecondNode} node B on the same database. */
    @Test
    void a_vote_on_one_node_reaches_an_open_page_on_another_on_postgresql() {
        long claimId = SystemAuthentication.runAs(
                "pg-live-voter",
                () -> claims.create(new NewClaim("Voted on node A, watched on node B", null, null, Set.of()))
                        .id());
        try (var nodeB = new SecondNode(POSTGRES.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            await().atMost(Duration.ofSeconds(10)).until(nodeB::listening);
            var onB = new AtomicInteger();
            var onA = new AtomicInteger();
            nodeB.broadcaster().subscribe(VoteService.liveTopic(claimId), MockTabs.tab(), onB::incrementAndGet);
            broadcaster.subscribe(VoteService.liveTopic(claimId), MockTabs.tab(), onA::incrementAndGet);

            SystemAuthentication.runAs("pg-live-voter", () -> votes.castVote(claimId, Verdict.FALSE, null));
            await().atMost(Duration.ofSeconds(5)).until(() -> onA.get() == 1);
            await().atMost(Duration.ofSeconds(1)).until(() -> onB.get() == 1);
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
