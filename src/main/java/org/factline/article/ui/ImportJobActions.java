package org.factline.article.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.Consumer;
import org.factline.article.ImportJobSummary;
import org.factline.article.ImportJobs;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ui.Notifications;

/** The parts both import pages show for a job: its progress, and cancel / retry failed for fact-checkers. */
final class ImportJobActions {

    private ImportJobActions() {}

    static Div progress(ImportJobSummary job) {
        var bar = new ProgressBar(0, 1, job.progress());
        bar.setWidth("10rem");
        var counts = new Span(counts(job));
        counts.addClassName("import-job-counts");
        var cell = new Div(bar, counts);
        cell.addClassName("import-job-progress");
        return cell;
    }

    static String counts(ImportJobSummary job) {
        return job.cancelled() > 0
                ? translate(
                        "imports.counts.cancelled", job.done(), job.failed(), job.open(), job.cancelled(), job.total())
                : translate("imports.counts", job.done(), job.failed(), job.open(), job.total());
    }

    /** Empty for someone who may only watch. {@code changed} gets the job as it is afterwards. */
    static Div buttons(ImportJobs service, ImportJobSummary job, boolean canAct, Consumer<ImportJobSummary> changed) {
        var actions = new Div();
        actions.addClassName("import-job-actions");
        if (!canAct) {
            return actions;
        }
        if (!job.finished()) {
            var cancel = new Button(translate("common.cancel"), e -> confirmCancel(service, job, changed));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            cancel.addClassName("import-job-cancel");
            actions.add(cancel);
        }
        if (job.failed() > 0) {
            var retry = new Button(
                    translate("imports.retry"),
                    e -> act(
                            () -> service.retryFailed(job.id()),
                            changed,
                            translate("imports.retry.done", job.failed())));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.addClassName("import-job-retry");
            actions.add(retry);
        }
        return actions;
    }

    private static void confirmCancel(ImportJobs service, ImportJobSummary job, Consumer<ImportJobSummary> changed) {
        var dialog = new ConfirmDialog(
                translate("imports.cancel.confirm", job.label()),
                translate("imports.cancel.text", job.pending()),
                translate("imports.cancel.do"),
                e -> act(() -> service.cancel(job.id()), changed, translate("imports.cancelled")));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(translate("imports.keep"));
        dialog.open();
    }

    private static void act(
            java.util.function.Supplier<ImportJobSummary> action, Consumer<ImportJobSummary> changed, String success) {
        try {
            changed.accept(action.get());
            Notifications.success(success);
        } catch (ItemNotFoundException e) {
            Notifications.error(e.getMessage());
        }
    }
}
