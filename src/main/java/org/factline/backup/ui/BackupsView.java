package org.factline.backup.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

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
import org.factline.backup.BackupPolicy;
import org.factline.backup.BackupProgress;
import org.factline.backup.BackupService;
import org.factline.backup.BackupSummary;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Formats;
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

    private final BackupService backups;
    final Grid<BackupSummary> grid = new Grid<>();
    final Paragraph policy = new Paragraph();
    final Span state = new Span();
    final ProgressBar bar = new ProgressBar();
    final Button backUp = new Button(translate("backups.back-up-now"), VaadinIcon.ARCHIVE.create());

    BackupsView(BackupService backups) {
        this.backups = backups;
        grid.addColumn(BackupSummary::name)
                .setHeader(translate("backups.backup"))
                .setAutoWidth(true);
        grid.addColumn(b -> Formats.moment(b.createdAt()))
                .setHeader(translate("backups.created"))
                .setAutoWidth(true);
        grid.addColumn(b -> Formats.bytes(b.sizeBytes())).setHeader(translate("backups.size"));
        grid.addColumn(b -> switch (b.kind()) {
                    case MANUAL -> translate("backups.kind.manual");
                    case NIGHTLY -> translate("backups.kind.nightly");
                    case BEFORE_RESTORE -> translate("backups.kind.before-restore");
                })
                .setHeader(translate("backups.kind"));
        grid.addColumn(b -> b.schemaVersion() == null ? translate("backups.unreadable") : b.schemaVersion())
                .setHeader(translate("backups.schema"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(translate("backups.none"));

        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.addClickListener(e -> start());
        bar.setVisible(false);

        var content = new Div(policy, new Div(state), bar, grid);
        content.addClassName("view-content");
        add(new ViewToolbar(translate("menu.BackupsView"), backUp), content);
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
                translate("backups.download"));
        download.getElement().setAttribute("download", true);
        var restore =
                new Button(translate("backups.restore"), e -> new RestoreDialog(backups, backup, this::refresh).open());
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        var delete = new Button(translate("backups.delete"), e -> confirmDelete(backup));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(download, restore, delete);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return actions;
    }

    private void start() {
        try {
            backups.backUpNow();
            Notifications.info(translate("backups.started"));
        } catch (ValidationException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private void confirmDelete(BackupSummary backup) {
        var dialog = new ConfirmDialog(
                translate("backups.delete.title", backup.name()),
                translate("backups.delete.text"),
                translate("backups.delete.confirm"),
                e -> {
                    try {
                        backups.delete(backup.name());
                        Notifications.success(translate("backups.deleted", backup.name()));
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
        policy.setText(translate("backups.policy.directory", p.directory().toString()) + " "
                + (p.nextRun() == null
                        ? translate("backups.policy.off")
                        : translate(
                                "backups.policy.schedule",
                                p.cron(),
                                Formats.moment(p.nextRun()),
                                p.keepDaily(),
                                p.keepWeekly()))
                + " " + translate("backups.policy.kept"));
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
        String what = job.job() == BackupProgress.Job.BACKUP
                ? translate("backups.job.backup")
                : translate("backups.job.restore", job.file());
        return switch (job.state()) {
            case NEVER -> translate("backups.job.never");
            case RUNNING ->
                what + ": " + job.step() + (job.table().isEmpty() ? "" : " " + job.table())
                        + (job.total() > 0 ? " " + translate("backups.job.count", job.done(), job.total()) : "")
                        + "…";
            case DONE, FAILED ->
                job.message() + " " + translate("backups.job.by", job.startedBy(), Formats.moment(job.finishedAt()));
        };
    }
}
