package org.factline.backup;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.factline.audit.AuditRecord;
import org.factline.base.ValidationException;
import org.factline.publish.PublishingSettings;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Admins back the workspace up, list, download and delete backups, and restore one, replacing the
 * whole workspace, after typing its name. Long jobs run in the background; {@link #progress}
 * tells how far they are.
 */
@Service
@RolesAllowed(AppRoles.ADMIN)
public class BackupService {

    private final BackupJobs jobs;
    private final BackupFiles files;
    private final NightlyBackup nightly;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final PublishingSettings publishing;

    BackupService(
            BackupJobs jobs,
            BackupFiles files,
            NightlyBackup nightly,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            PublishingSettings publishing) {
        this.jobs = jobs;
        this.files = files;
        this.nightly = nightly;
        this.currentUser = currentUser;
        this.events = events;
        this.transactions = transactions;
        this.publishing = publishing;
    }

    /** The backups in the backup directory, newest first. */
    public List<BackupSummary> list() {
        return files.list();
    }

    /** The running or last backup or restore on this node. */
    public BackupProgress progress() {
        return jobs.progress();
    }

    /**
     * What a restore asks to be typed: the organisation name the public pages carry (the admins'
     * Publishing settings, else the environment).
     */
    public String workspaceName() {
        return publishing.current().organizationName();
    }

    public BackupPolicy policy() {
        return nightly.policy(files.dir());
    }

    /**
     * Starts a backup in the background.
     *
     * @throws ValidationException if a backup or restore is running
     */
    public CompletableFuture<BackupProgress> backUpNow() {
        return jobs.backUpInBackground(currentUser.actorName());
    }

    /**
     * Starts replacing the whole workspace with the backup {@code name}: everyone's work since is
     * lost (it is kept in an automatic backup taken first).
     *
     * @param confirmation must be the {@linkplain #workspaceName() workspace name}
     * @throws ValidationException if the confirmation doesn't match or a job is running
     */
    public CompletableFuture<BackupProgress> restore(String name, String confirmation) {
        if (!confirmation.strip().equals(workspaceName())) {
            throw new ValidationException(
                    "confirmation",
                    "Type the workspace name \u201c" + workspaceName() + "\u201d exactly to confirm the restore.");
        }
        return jobs.restoreInBackground(files.resolve(name), currentUser.actorName());
    }

    /** Opens a backup for download; the caller streams and closes it. */
    public BackupDownload download(String name) {
        var file = files.resolve(name);
        try {
            var download = new BackupDownload(name, Files.size(file), Files.newInputStream(file));
            audit("backup.downloaded", name, "Downloaded the backup " + name);
            return download;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String name) {
        files.delete(name);
        audit("backup.deleted", name, "Deleted the backup " + name);
    }

    private void audit(String action, String name, String summary) {
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new AuditRecord(currentUser.actorName(), action, "backup", name, summary, null, Map.of())));
    }
}
