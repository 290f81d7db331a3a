package org.factline.worthiness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles;
import org.factline.worthiness.ModelHistory;
import org.factline.worthiness.ModelRetraining;
import org.factline.worthiness.RetrainOutcome;

/**
 * Admins see the team's check-worthiness feedback, retrain the model with it (the candidate
 * replaces the active model only if it ranks held-back feedback better), and download the active
 * model for the {@code score-sentences} command.
 */
@Route("admin/check-worthiness")
@PageTitle("Check-worthiness model · Factline")
@Menu(order = 13, icon = "vaadin:lightbulb", title = "Check-worthiness")
@RolesAllowed(AppRoles.ADMIN)
public class WorthinessAdminView extends Div {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final ModelRetraining retraining;
    final Paragraph status = new Paragraph();
    final Grid<ModelHistory.Entry> grid = new Grid<>();
    final Button retrain = new Button("Retrain with feedback", VaadinIcon.ROTATE_RIGHT.create());
    final Button useShipped = new Button("Use the shipped model", VaadinIcon.ARROW_BACKWARD.create());

    WorthinessAdminView(ModelRetraining retraining) {
        this.retraining = retraining;
        addClassName("view-content");
        grid.addColumn(m -> m.name()).setHeader("Model").setAutoWidth(true);
        grid.addColumn(m -> m.createdAt() == null ? "" : TIME.format(m.createdAt()))
                .setHeader("Trained")
                .setAutoWidth(true);
        grid.addColumn(ModelHistory.Entry::createdBy).setHeader("By");
        grid.addColumn(m -> m.trainingItems() + " / " + m.heldOutItems()).setHeader("Trained on / held back");
        grid.addColumn(m -> String.format(Locale.ROOT, "%.3f \u2192 %.3f", m.previousScore(), m.newScore()))
                .setHeader("Held-back avg. precision (before \u2192 candidate)")
                .setAutoWidth(true);
        grid.addColumn(m -> m.active()
                        ? "Active"
                        : m.newScore() > m.previousScore() ? "Replaced later" : "Not better: kept previous")
                .setHeader("Outcome")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No retraining yet: the model shipped with Factline is in use.");
        retrain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retrain.addClickListener(e -> confirm());
        useShipped.addClickListener(e -> {
            var dialog = new ConfirmDialog(
                    "Go back to the shipped model?",
                    "The team's model stays in the history; articles are scored again in the background.",
                    "Use the shipped model",
                    ok -> {
                        retraining.useShippedModel();
                        Notifications.success("The shipped model is in use again.");
                        refresh();
                    });
            dialog.setCancelable(true);
            dialog.open();
        });
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = retraining.activeModelFile().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "factline-check-worthiness.tsv",
                            "text/plain",
                            bytes.length);
                }),
                "Download the active model");
        download.getElement().setAttribute("download", true);
        add(
                new ViewToolbar("Check-worthiness model"),
                status,
                new Paragraph("Claimed and dismissed suggestions are the team's feedback. Retraining holds back every"
                        + " fourth of each, adapts the shipped model to the rest, and switches to it only if it ranks"
                        + " the held-back sentences better. Use the downloaded file with"
                        + " \u201cjava -jar factline.jar score-sentences --model FILE\u201d."),
                new Div(retrain, useShipped, download),
                grid);
        refresh();
    }

    private void refresh() {
        ModelHistory history = retraining.history();
        status.setText(String.format(
                "Active model: %s \u00b7 feedback: %d claimed, %d dismissed sentences",
                history.activeModel(), history.claimedSentences(), history.dismissedSentences()));
        grid.setItems(history.models());
        useShipped.setVisible(!history.activeModel().equals(history.shippedModel()));
    }

    private void confirm() {
        var dialog = new ConfirmDialog(
                "Retrain the check-worthiness model?",
                "Takes a few seconds. Articles are scored again in the background if the new model is better.",
                "Retrain",
                e -> run());
        dialog.setCancelable(true);
        dialog.open();
    }

    void run() {
        try {
            RetrainOutcome outcome = retraining.retrain();
            if (outcome.replaced()) {
                Notifications.success(String.format(
                        Locale.ROOT,
                        "New model active: held-back average precision %.3f (was %.3f).",
                        outcome.candidateScore(),
                        outcome.previousScore()));
            } else {
                Notifications.info(String.format(
                        Locale.ROOT,
                        "Kept the current model: the candidate scored %.3f on held-back feedback, the current one %.3f.",
                        outcome.candidateScore(),
                        outcome.previousScore()));
            }
        } catch (ValidationException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }
}
