package org.factline.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factline.AbstractIntegrationTest;
import org.factline.audit.AuditFilter;
import org.factline.audit.AuditLog;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.search.SearchHit;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.factline.security.AppRoles.Role;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The Backups page's service: for admins only; backups, downloads, restores, the schedule. */
class BackupServiceTest extends AbstractIntegrationTest {

    @Autowired
    BackupService backups;

    @Autowired
    NightlyBackup nightly;

    @Autowired
    AuditLog auditLog;

    @Autowired
    SearchService search;

    @Autowired
    ClaimService claims;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Flyway flyway;

    static Stream<Arguments> nonAdmins() {
        return Stream.of(Arguments.of(Role.FACT_CHECKER), Arguments.of(Role.EDITOR));
    }

    /** Every public method, found by reflection, so one added later is covered too. */
    @ParameterizedTest
    @MethodSource("nonAdmins")
    void every_backup_service_method_refuses_non_admins(Role role) {
        signIn(user("bk-" + role.name().toLowerCase().replace('_', '-'), role));
        List<Method> methods = Arrays.stream(AopUtils.getTargetClass(backups).getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .toList();
        assertThat(methods).hasSizeGreaterThanOrEqualTo(8);
        for (Method method : methods) {
            Object[] args = Arrays.stream(method.getParameterTypes())
                    .map(t -> (Object) "factline-x.zip")
                    .toArray();
            assertThatThrownBy(() -> {
                        try {
                            method.invoke(backups, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    })
                    .as("%s as %s", method.getName(), role)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void an_admin_backs_up_the_workspace_lists_and_downloads_the_backup() throws Exception {
        signIn(ADMIN);
        var done = backups.backUpNow().get(3, TimeUnit.MINUTES);

        assertThat(done.state()).as(done.message()).isEqualTo(BackupProgress.State.DONE);
        var made = backups.list().stream()
                .filter(b -> b.name().equals(done.message().split(" ")[1]))
                .findFirst()
                .orElseThrow();
        assertThat(made.kind()).isEqualTo(BackupSummary.Kind.MANUAL);
        assertThat(made.schemaVersion())
                .isEqualTo(flyway.info().current().getVersion().getVersion());
        var download = backups.download(made.name());
        try (var content = download.content()) {
            assertThat(content.readAllBytes())
                    .isEqualTo(Files.readAllBytes(Path.of(backups.policy().directory(), made.name())));
        }
        assertThat(download.sizeBytes()).isEqualTo(made.sizeBytes());
        for (String action : List.of("backup.created", "backup.downloaded")) {
            assertThat(auditLog.search(new AuditFilter(null, action, made.name(), null, null), Pageable.ofSize(5)))
                    .as(action)
                    .hasSize(1);
        }
        backups.delete(made.name());
        assertThat(backups.list()).extracting(BackupSummary::name).doesNotContain(made.name());
    }

    @Test
    void a_restore_needs_the_workspace_name_and_an_existing_backup() {
        signIn(ADMIN);
        assertThatThrownBy(() -> backups.restore("factline-any.zip", "factline"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Type the workspace name \u201cFactline\u201d")
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo("confirmation");
        assertThatThrownBy(() -> backups.restore("factline-never-made.zip", "Factline"))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> backups.download("../application.properties")).isInstanceOf(ValidationException.class);
        assertThat(backups.progress().running()).isFalse();
    }

    /**
     * The workspace as it was at the backup comes back, and the rebuilt search index finds exactly
     * what it found then: what was added since is gone from the results too.
     */
    @Test
    void a_restore_brings_back_the_workspace_and_search_finds_the_same() throws Exception {
        String marker = marker("restore");
        String checker = user("bk-restore-checker", Role.FACT_CHECKER);
        new WorkspaceFixture(context).create(marker, checker, user("bk-restore-editor", Role.EDITOR));
        awaitEvents();
        signIn(checker);
        List<String> found = hits(marker);
        assertThat(found).hasSizeGreaterThanOrEqualTo(5);

        signIn(ADMIN);
        var backup = backups.backUpNow().get(3, TimeUnit.MINUTES);
        String name = backup.message().split(" ")[1];
        signIn(checker);
        long later = newClaim(marker + " added after the backup");
        awaitEvents();
        assertThat(hits(marker)).hasSize(found.size() + 1);

        signIn(ADMIN);
        var restored = backups.restore(name, " Factline ").get(5, TimeUnit.MINUTES);

        assertThat(restored.state()).as(restored.message()).isEqualTo(BackupProgress.State.DONE);
        assertThat(restored.message()).contains("Restored").contains("search index was rebuilt");
        assertThat(backups.list()).anyMatch(b -> b.kind() == BackupSummary.Kind.BEFORE_RESTORE);
        signIn(checker);
        assertThatThrownBy(() -> claims.get(later)).isInstanceOf(ItemNotFoundException.class);
        assertThat(hits(marker)).containsExactlyInAnyOrderElementsOf(found);
        signIn(ADMIN);
        assertThat(auditLog.search(new AuditFilter(null, "backup.restored", name, null, null), Pageable.ofSize(5)))
                .hasSize(1);
    }

    private List<String> hits(String marker) {
        return search.search(marker, SearchSort.RELEVANCE, 0, 100).hits().stream()
                .map(SearchHit::link)
                .toList();
    }

    /** Two nodes' schedulers fire at once: one of them runs the backup. */
    @Test
    void the_scheduled_backup_runs_on_one_node_only() throws Exception {
        jdbc.update("update backup_schedule set last_started = null where job = 'nightly'");
        Instant now = Instant.now();
        try (var nodes = Executors.newFixedThreadPool(2)) {
            Callable<Boolean> a = () -> nightly.claim(now, "node-a");
            Callable<Boolean> b = () -> nightly.claim(now.plusMillis(300), "node-b");
            var results = nodes.invokeAll(List.of(a, b));
            assertThat(results.stream().filter(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }))
                    .hasSize(1);
        }
        assertThat(nightly.claim(now.plusSeconds(60), "node-c")).isFalse();
        assertThat(nightly.claim(now.plus(nightly.gap(now)).plusSeconds(60), "node-c"))
                .isTrue();
    }

    @Test
    void the_scheduled_backup_writes_a_backup_and_deletes_those_beyond_the_retention() throws Exception {
        signIn(ADMIN);
        Path dir = Path.of(backups.policy().directory());
        Files.createDirectories(dir);
        deleteNightly(dir, "factline-"); // earlier runs' scheduled backups
        var old = new java.util.ArrayList<Path>();
        for (int day = 1; day <= 10; day++) {
            Path file = dir.resolve("factline-2020-01-%02dT030000Z-nightly.zip".formatted(day));
            Files.writeString(file, "an old scheduled backup");
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-%02dT03:00:00Z".formatted(day))));
            old.add(file);
        }
        Path manual = dir.resolve("factline-2020-01-01T120000Z.zip");
        Files.writeString(manual, "an admin's backup");
        Files.setLastModifiedTime(manual, FileTime.from(Instant.parse("2020-01-01T12:00:00Z")));
        jdbc.update("update backup_schedule set last_started = null where job = 'nightly'");
        try {
            nightly.run();
            // today's plus six days (Jan 5-10, the daily ones); Jan 5 is also the newest of ISO week 1
            assertThat(Files.exists(old.get(9))).isTrue();
            assertThat(Files.exists(old.get(4))).isTrue();
            assertThat(Files.exists(old.get(3)))
                    .as("4 January, beyond the retention")
                    .isFalse();
            assertThat(Files.exists(old.get(0))).isFalse();
            assertThat(Files.exists(manual)).as("made by an admin: kept").isTrue();
            assertThat(countNightly(dir)).isEqualTo(7);
            nightly.run(); // the same run again, e.g. another node a moment later: skipped
            assertThat(countNightly(dir)).isEqualTo(7);
        } finally {
            deleteNightly(dir, "factline-");
            Files.deleteIfExists(manual);
        }
    }

    private static void deleteNightly(Path dir, String prefix) throws Exception {
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && f.getFileName().toString().endsWith("-nightly.zip"))
                    .toList()) {
                Files.delete(file);
            }
        }
    }

    private static int countNightly(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith("-nightly.zip"))
                    .count();
        }
    }
}
