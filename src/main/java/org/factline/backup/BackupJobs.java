package org.factline.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.factline.audit.AuditRecord;
import org.factline.backup.BackupProgress.Job;
import org.factline.backup.BackupProgress.State;
import org.factline.backup.archive.ArchiveListener;
import org.factline.backup.archive.ArchiveRestorer;
import org.factline.backup.archive.ArchiveWriter;
import org.factline.backup.archive.BackupArchive;
import org.factline.backup.archive.Manifest;
import org.factline.backup.archive.Migrations;
import org.factline.backup.archive.RestoreOutcome;
import org.factline.base.Correlation;
import org.factline.base.ValidationException;
import org.factline.search.RebuildProgress;
import org.factline.search.SearchIndexService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs backups and restores on this node, one at a time, and keeps their progress for the admin
 * page. A restore in the running application checks the archive, saves the workspace as it is
 * (a "before-restore" backup, so a mistaken restore can be undone), replaces it, and rebuilds the
 * search index from the restored rows.
 */
@Component
class BackupJobs {

    private static final Logger log = LoggerFactory.getLogger(BackupJobs.class);

    static final String APP_VERSION =
            Objects.requireNonNullElse(BackupJobs.class.getPackage().getImplementationVersion(), "development");

    private final DataSource dataSource;
    private final Migrations migrations;
    private final BackupFiles files;
    private final SearchIndexService index;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicReference<BackupProgress> progress = new AtomicReference<>(BackupProgress.never());

    BackupJobs(
            DataSource dataSource,
            Migrations migrations,
            BackupFiles files,
            SearchIndexService index,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.dataSource = dataSource;
        this.migrations = migrations;
        this.files = files;
        this.index = index;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    BackupProgress progress() {
        return progress.get();
    }

    /** Writes a backup on the calling thread. */
    BackupSummary backUp(String actor, BackupSummary.Kind kind) {
        begin(Job.BACKUP, actor, null);
        return runBackup(actor, kind);
    }

    private BackupSummary runBackup(String actor, BackupSummary.Kind kind) {
        try {
            Path file = write(kind);
            audit(actor, "backup.created", file, "Backed up the workspace to " + file.getFileName());
            var summary = files.list().stream()
                    .filter(b -> b.name().equals(file.getFileName().toString()))
                    .findFirst()
                    .orElseThrow();
            finish(
                    State.DONE,
                    "Backup " + summary.name() + " written (" + progress.get().total() + " rows).");
            return summary;
        } catch (ValidationException e) {
            finish(State.FAILED, e.getMessage());
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            log.error("Backup failed", e);
            finish(State.FAILED, "The backup failed: " + e.getMessage());
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        }
    }

    /** Starts a backup in the background; refuses at once if a job is running. */
    CompletableFuture<BackupProgress> backUpInBackground(String actor) {
        begin(Job.BACKUP, actor, null);
        return inBackground("backup", () -> runBackup(actor, BackupSummary.Kind.MANUAL));
    }

    /**
     * Starts replacing the workspace with a backup in the background, as {@code actor} (whose
     * security context the work keeps, for the index rebuild).
     */
    CompletableFuture<BackupProgress> restoreInBackground(Path file, String actor) {
        begin(Job.RESTORE, actor, file.getFileName().toString());
        return inBackground("restore", () -> restore(file, actor));
    }

    private void restore(Path file, String actor) {
        try {
            try (var archive = BackupArchive.open(file)) {
                archive.verify(listener());
            }
            Path before = write(BackupSummary.Kind.BEFORE_RESTORE);
            RestoreOutcome outcome = new ArchiveRestorer(dataSource, migrations).restore(file, true, listener());
            audit(actor, "backup.restored", file, restoredSummary(outcome, file));
            rebuildIndex();
            finish(
                    State.DONE,
                    restoredSummary(outcome, file)
                            + " The search index was rebuilt. The workspace as it was before is in "
                            + before.getFileName() + ".");
        } catch (ValidationException e) {
            finish(State.FAILED, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(State.FAILED, "The restore was interrupted while the search index was rebuilt.");
        } catch (IOException | SQLException | RuntimeException e) {
            log.error("Restoring {} failed", file, e);
            finish(State.FAILED, "The restore failed: " + e.getMessage());
        }
    }

    static String restoredSummary(RestoreOutcome outcome, Path file) {
        return "Restored " + outcome.rows() + " rows in " + outcome.tables() + " tables from " + file.getFileName()
                + " (schema version " + outcome.manifest().schemaVersion()
                + (outcome.migrated() ? ", migrated to " + outcome.schemaVersion() : "") + ").";
    }

    private void rebuildIndex() throws InterruptedException {
        progress.updateAndGet(p -> p.at("Rebuilding the search index", "", 0, 0));
        CompletableFuture<RebuildProgress> rebuild = null;
        while (rebuild == null) {
            try {
                rebuild = index.rebuild();
            } catch (IllegalStateException running) {
                Thread.sleep(500); // the startup repair is rebuilding: start afresh once it is done
            }
        }
        while (!rebuild.isDone()) {
            RebuildProgress p = index.progress();
            progress.updateAndGet(b -> b.at("Rebuilding the search index", "", p.done(), p.total()));
            Thread.sleep(250);
        }
        RebuildProgress end = rebuild.join();
        if (end.state() == RebuildProgress.State.FAILED) {
            throw new IllegalStateException("the rows were restored, but rebuilding the search index failed ("
                    + end.error() + "); rebuild it on the Search index page");
        }
    }

    private Path write(BackupSummary.Kind kind) throws IOException, SQLException {
        Files.createDirectories(files.dir());
        Path file = files.newFile(kind);
        Path partial = BackupFiles.partial(file);
        try (OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
            Manifest manifest = new ArchiveWriter(dataSource, clock, APP_VERSION).write(out, listener());
            log.info(
                    "Backup {}: {} rows of {} tables",
                    file.getFileName(),
                    manifest.totalRows(),
                    manifest.tables().size());
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        BackupFiles.complete(partial, file);
        return file;
    }

    private ArchiveListener listener() {
        return (step, table, done, total) -> progress.updateAndGet(p -> p.at(step, table, done, total));
    }

    private synchronized void begin(Job job, String actor, @Nullable String file) {
        if (progress.get().running()) {
            throw new ValidationException("A " + progress.get().job().name().toLowerCase(java.util.Locale.ROOT)
                    + " is running; wait for it to finish.");
        }
        progress.set(
                new BackupProgress(State.RUNNING, job, "Starting", "", 0, 0, clock.instant(), null, actor, file, null));
    }

    private void finish(State state, @Nullable String message) {
        progress.updateAndGet(p -> p.finished(state, clock.instant(), message));
    }

    private CompletableFuture<BackupProgress> inBackground(String name, Runnable work) {
        var done = new CompletableFuture<BackupProgress>();
        Runnable job = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // already in the progress: the page shows it
            } finally {
                done.complete(progress.get());
            }
        };
        Thread.ofVirtual()
                .name("backup-" + name)
                .start(new DelegatingSecurityContextRunnable(Correlation.carried(name, job)));
        return done;
    }

    private void audit(String actor, String action, Path file, String summary) {
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new AuditRecord(actor, action, "backup", file.getFileName().toString(), summary, null, Map.of())));
    }
}
