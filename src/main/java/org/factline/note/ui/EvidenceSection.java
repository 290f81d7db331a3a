package org.factline.note.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.Notifications;
import org.factline.note.EvidenceDetail;
import org.factline.note.EvidenceService;
import org.factline.note.NoteService;
import org.factline.note.Stance;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** The claim page's evidence: a stance summary, the items, add, edit and delete; live. */
final class EvidenceSection extends Composite<Div> implements EvidenceCard.Actions {

    private final EvidenceService evidence;
    private final Clock clock;
    private final long claimId;
    private final H2 heading = new H2("Evidence");
    private final Span summary = new Span();
    private final Div items = new Div();
    final Button add;

    EvidenceSection(EvidenceService evidence, Broadcaster broadcaster, Clock clock, long claimId) {
        this.evidence = evidence;
        this.clock = clock;
        this.claimId = claimId;
        getContent().addClassName("evidence-panel");
        summary.addClassName("evidence-summary");
        items.addClassName("evidence-items");
        add = new Button("Add evidence", VaadinIcon.PLUS.create(), e -> open(null));
        var top = new Div(heading, summary, add);
        top.addClassName("evidence-top");
        getContent().add(top, items);
        refresh();
        getContent().addAttachListener(attach -> {
            var subscription = broadcaster.subscribe(NoteService.liveTopic(claimId), attach.getUI(), this::refresh);
            getContent().addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        });
    }

    void refresh() {
        List<EvidenceDetail> all = evidence.list(claimId);
        items.removeAll();
        all.forEach(e -> items.add(new EvidenceCard(e, evidence, this)));
        if (all.isEmpty()) {
            var empty = new Paragraph("No evidence yet. Add the primary document, an official statement or a "
                    + "report that supports or refutes the claim, with the exact quote.");
            empty.addClassName("empty-hint");
            items.add(empty);
        }
        heading.setText(all.isEmpty() ? "Evidence" : "Evidence (" + all.size() + ")");
        var counts = new EnumMap<Stance, Integer>(Stance.class);
        all.forEach(e -> counts.merge(e.stance(), 1, Integer::sum));
        summary.setText(counts.entrySet().stream()
                .map(c -> c.getValue() + " " + c.getKey().label().toLowerCase(Locale.ROOT))
                .reduce((a, b) -> a + " \u00b7 " + b)
                .orElse(""));
    }

    private void open(@Nullable EvidenceDetail editing) {
        new EvidenceDialog(editing, clock, (form, upload) -> {
                    if (editing == null) {
                        evidence.add(claimId, form, upload);
                        refresh();
                        return "Evidence added.";
                    }
                    EvidenceDetail saved;
                    try {
                        saved = evidence.edit(editing.id(), editing.version(), form);
                    } finally {
                        refresh();
                    }
                    return editing.shownPublicly() && !saved.shownPublicly()
                            ? "Evidence saved. It is off the public page until an editor shows it again."
                            : "Evidence saved.";
                })
                .open();
    }

    @Override
    public void edit(EvidenceDetail item) {
        open(item);
    }

    @Override
    public void showPublicly(EvidenceDetail item, boolean shown) {
        try {
            evidence.showPublicly(item.id(), item.version(), shown);
            Notifications.success(
                    shown ? "Shown on the public page once the verdict is published." : "Taken off the public page.");
        } catch (ValidationException | ItemNotFoundException | ConcurrentEditException | AccessDeniedException ex) {
            Notifications.error(ex.getMessage());
        }
        refresh();
    }

    @Override
    public void delete(EvidenceDetail item) {
        var dialog = new ConfirmDialog(
                "Delete this evidence item?",
                "It disappears for everyone. The claim's history keeps a record of it.",
                "Delete",
                e -> {
                    try {
                        evidence.delete(item.id());
                        Notifications.success("Evidence deleted.");
                    } catch (ValidationException | ItemNotFoundException | AccessDeniedException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }
}
