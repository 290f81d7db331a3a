package org.factline.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.factline.article.ArticleDetail;
import org.factline.article.ui.ReaderPanel;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;
import org.factline.claim.DuplicateMerges;
import org.factline.claim.MergePlan;
import org.factline.claim.MergeUndoPlan;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the reader of a flagged near-copy, for editors: merge it into its original (its claims move
 * there); in the reader of a merged copy: undo the merge. Both ask first, with what will happen.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MergePanel implements ReaderPanel {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final DuplicateMerges merges;
    private final CurrentUser currentUser;

    MergePanel(DuplicateMerges merges, CurrentUser currentUser) {
        this.merges = merges;
        this.currentUser = currentUser;
    }

    @Override
    public com.vaadin.flow.component.Component create(ArticleDetail article, SelectionReader selection) {
        var panel = new Div();
        panel.addClassName("reader-merge");
        if (!currentUser.hasRole(AppRoles.Role.EDITOR)) {
            return panel;
        }
        var s = article.summary();
        if (article.summary().mergedInto() != null) {
            var undo = new Button("Undo merge", VaadinIcon.ARROW_BACKWARD.create(), e -> confirmUndo(s.id()));
            undo.addClassName("undo-merge");
            panel.add(undo);
        } else if (article.mergeCandidate() && s.possibleDuplicateOf() != null) {
            long original = s.possibleDuplicateOf();
            var merge = new Button(
                    "Merge into \u201c" + article.duplicateOfTitle() + "\u201d",
                    VaadinIcon.COMPRESS.create(),
                    e -> confirmMerge(s.id(), original));
            merge.addClassName("merge-copy");
            merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            panel.add(merge);
        }
        return panel;
    }

    private void confirmMerge(long copyId, long originalId) {
        MergePlan plan;
        try {
            plan = merges.preview(copyId, originalId);
        } catch (ValidationException | ItemNotFoundException e) {
            Notifications.error(e.getMessage());
            return;
        }
        var dialog = new ConfirmDialog(
                "Merge \u201c" + plan.copyTitle() + "\u201d into \u201c" + plan.originalTitle() + "\u201d?",
                mergeText(plan),
                "Merge",
                e -> act(
                        () -> merges.merge(copyId, originalId, plan.copyVersion()),
                        "Merged into \u201c" + plan.originalTitle() + "\u201d: " + moved(plan.moving()) + " moved."));
        dialog.setCancelable(true);
        dialog.open();
    }

    static String mergeText(MergePlan p) {
        var text = new StringBuilder();
        text.append(
                p.moving() == 0
                        ? "No claim appearances move: none of this copy's passages is a claim yet."
                        : moved(p.moving()) + " move from this copy to \u201c" + p.originalTitle()
                                + "\u201d and are found again in its text.");
        if (p.notInOriginal() > 0) {
            text.append(' ')
                    .append(p.notInOriginal() == 1 ? "1 of them is" : p.notInOriginal() + " of them are")
                    .append(" not in the original's text: moved with the quote, flagged \u201canchor lost\u201d.");
        }
        if (p.alreadyInOriginal() > 0) {
            text.append(' ')
                    .append(moved(p.alreadyInOriginal()))
                    .append(p.alreadyInOriginal() == 1 ? " is" : " are")
                    .append(" already at the same passage of the original and stay with the copy.");
        }
        text.append(" The copy is then archived with a link to the original. An editor can undo the merge.");
        return text.toString();
    }

    private void confirmUndo(long copyId) {
        MergeUndoPlan plan;
        try {
            plan = merges.undoPreview(copyId);
        } catch (ValidationException | ItemNotFoundException e) {
            Notifications.error(e.getMessage());
            return;
        }
        var dialog = new ConfirmDialog(
                "Undo the merge of \u201c" + plan.copyTitle() + "\u201d?",
                undoText(plan),
                "Undo merge",
                e -> act(() -> merges.undo(copyId), "Merge undone: " + moved(plan.goingBack()) + " back in the copy."));
        dialog.setCancelable(true);
        dialog.open();
    }

    static String undoText(MergeUndoPlan p) {
        var text = new StringBuilder("Merged into \u201c" + p.originalTitle() + "\u201d by " + p.mergedBy() + " on "
                + WHEN.format(p.mergedAt()) + ". ");
        text.append(moved(p.goingBack()))
                .append(" go")
                .append(p.goingBack() == 1 ? "es" : "")
                .append(" back to their place in this copy, and the copy is active again, still flagged as a copy.");
        if (p.changedSince() > 0) {
            text.append(' ')
                    .append(p.changedSince() == 1 ? "1 of them was" : p.changedSince() + " of them were")
                    .append(" re-anchored on the original since the merge; back in the copy all the same.");
        }
        if (p.staying() > 0) {
            text.append(' ')
                    .append(moved(p.staying()))
                    .append(" the merge moved")
                    .append(p.staying() == 1 ? " is" : " are")
                    .append(" gone since and can't come back.");
        }
        if (p.addedSince() > 0) {
            text.append(' ')
                    .append(moved(p.addedSince()))
                    .append(" added to the original after the merge stay")
                    .append(p.addedSince() == 1 ? "s" : "")
                    .append(" with it.");
        }
        return text.toString();
    }

    private static String moved(int n) {
        return n == 1 ? "1 claim appearance" : n + " claim appearances";
    }

    private static void act(Runnable action, String message) {
        try {
            action.run();
            Notifications.success(message);
        } catch (ValidationException | ItemNotFoundException | ConcurrentEditException e) {
            Notifications.error(e.getMessage());
        }
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
