package org.factline.article.ui;

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
        var text = new StringBuilder()
                .append(job.done())
                .append(" done · ")
                .append(job.failed())
                .append(" failed · ")
                .append(job.open())
                .append(" pending");
        if (job.cancelled() > 0) {
            text.append(" · ").append(job.cancelled()).append(" cancelled");
        }
        return text.append(" (of ").append(job.total()).append(')').toString();
    }

    /** Empty for someone who may only watch. {@code changed} gets the job as it is afterwards. */
    static Div buttons(ImportJobs service, ImportJobSummary job, boolean canAct, Consumer<ImportJobSummary> changed) {
        var actions = new Div();
        actions.addClassName("import-job-actions");
        if (!canAct) {
            return actions;
        }
        if (!job.finished()) {
            var cancel = new Button("Cancel", e -> confirmCancel(service, job, changed));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            cancel.addClassName("import-job-cancel");
            actions.add(cancel);
        }
        if (job.failed() > 0) {
            var retry = new Button(
                    "Retry failed",
                    e -> act(
                            () -> service.retryFailed(job.id()),
                            changed,
                            job.failed() + (job.failed() == 1 ? " item waits" : " items wait")
                                    + " for another attempt."));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.addClassName("import-job-retry");
            actions.add(retry);
        }
        return actions;
    }

    private static void confirmCancel(ImportJobs service, ImportJobSummary job, Consumer<ImportJobSummary> changed) {
        var dialog = new ConfirmDialog(
                "Cancel \u201c" + job.label() + "\u201d?",
                job.pending() + (job.pending() == 1 ? " item" : " items")
                        + " not yet started will not be imported; items being fetched right now finish."
                        + " Articles already imported stay.",
                "Cancel the import",
                e -> act(() -> service.cancel(job.id()), changed, "Import cancelled."));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep importing");
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
