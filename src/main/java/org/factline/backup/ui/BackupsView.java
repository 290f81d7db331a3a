package org.factline.backup.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factline.backup.BackupPolicy;
import org.factline.backup.BackupProgress;
import org.factline.backup.BackupService;
import org.factline.backup.BackupSummary;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles;

/**
 * Admins back up the workspace now, see the backups in the backup directory, download one, delete
 * one, or restore one after typing the workspace name; progress of the running job updates
 * itself.
 */
@Route("admin/backups")
@PageTitle("Backups · Factline")
@Menu(order = 17, icon = "vaadin:archive", title = "Backups")
@RolesAllowed(AppRoles.ADMIN)
public class BackupsView extends Div {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final BackupService backups;
    final Grid<BackupSummary> grid = new Grid<>();
    final Paragraph policy = new Paragraph();
    final Span state = new Span();
    final ProgressBar bar = new ProgressBar();
    final Button backUp = new Button("Back up now", VaadinIcon.ARCHIVE.create());

    BackupsView(BackupService backups) {
        this.backups = backups;
        grid.addColumn(BackupSummary::name).setHeader("Backup").setAutoWidth(true);
        grid.addColumn(b -> TIME.format(b.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(b -> human(b.sizeBytes())).setHeader("Size");
        grid.addColumn(b -> switch (b.kind()) {
                    case MANUAL -> "made here";
                    case NIGHTLY -> "scheduled";
                    case BEFORE_RESTORE -> "before a restore";
                })
                .setHeader("Kind");
        grid.addColumn(b -> b.schemaVersion() == null ? "unreadable" : b.schemaVersion())
                .setHeader("Schema");
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No backups yet.");

        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.addClickListener(e -> start());
        bar.setVisible(false);

        var content = new Div(policy, new Div(state), bar, grid);
        content.addClassName("view-content");
        add(new ViewToolbar("Backups", backUp), content);
        refresh();
    }

    private HorizontalLayout actions(BackupSummary backup) {
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        var file = backups.download(backup.name());
                        return new DownloadResponse(
                                file.content(), file.fileName(), "application/zip", file.sizeBytes());
                    } catch (ItemNotFoundException | ValidationException e) {
                        return DownloadResponse.error(HttpStatusCode.NOT_FOUND, e.getMessage());
                    }
                }),
                "Download");
        download.getElement().setAttribute("download", true);
        var restore = new Button("Restore…", e -> new RestoreDialog(backups, backup, this::refresh).open());
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        var delete = new Button("Delete…", e -> confirmDelete(backup));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(download, restore, delete);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return actions;
    }

    private void start() {
        try {
            backups.backUpNow();
            Notifications.info("Backing up the workspace…");
        } catch (ValidationException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private void confirmDelete(BackupSummary backup) {
        var dialog = new ConfirmDialog(
                "Delete " + backup.name() + "?",
                "The file is removed from the backup directory; this can't be undone.",
                "Delete",
                e -> {
                    try {
                        backups.delete(backup.name());
                        Notifications.success("Deleted " + backup.name() + ".");
                    } catch (ItemNotFoundException | ValidationException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    void refresh() {
        BackupPolicy p = backups.policy();
        policy.setText("Backups are written to " + p.directory() + ". "
                + (p.nextRun() == null
                        ? "The scheduled backup is off."
                        : "The scheduled backup (" + p.cron() + ") runs next at " + TIME.format(p.nextRun())
                                + " and keeps the newest of each of the last " + p.keepDaily() + " days and "
                                + p.keepWeekly() + " weeks.")
                + " Backups made here or before a restore stay until you delete them.");
        BackupProgress job = backups.progress();
        if (!job.running()) {
            grid.setItems(backups.list());
        }
        bar.setVisible(job.running());
        bar.setIndeterminate(job.running() && job.total() == 0);
        bar.setValue(job.fraction());
        backUp.setEnabled(!job.running());
        state.setText(describe(job));
        state.getStyle()
                .set(
                        "color",
                        job.state() == BackupProgress.State.FAILED
                                ? "var(--lumo-error-text-color)"
                                : "var(--lumo-body-text-color)");
        UI.getCurrent().setPollInterval(job.running() ? 1000 : -1);
    }

    private static String describe(BackupProgress job) {
        String what = job.job() == BackupProgress.Job.BACKUP ? "Backup" : "Restore of " + job.file();
        return switch (job.state()) {
            case NEVER -> "No backup or restore since the server started.";
            case RUNNING ->
                what + ": " + job.step() + (job.table().isEmpty() ? "" : " " + job.table())
                        + (job.total() > 0 ? " (" + job.done() + " of " + job.total() + ")" : "") + "…";
            case DONE -> job.message() + " (" + job.startedBy() + ", " + TIME.format(job.finishedAt()) + ")";
            case FAILED -> job.message() + " (" + job.startedBy() + ", " + TIME.format(job.finishedAt()) + ")";
        };
    }

    private static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
