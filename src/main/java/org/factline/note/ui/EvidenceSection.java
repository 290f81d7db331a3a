package org.factline.note.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

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
    private final H2 heading = new H2(translate("evidence.title"));
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
        add = new Button(translate("evidence.add"), VaadinIcon.PLUS.create(), e -> open(null));
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
            var empty = new Paragraph(translate("evidence.empty"));
            empty.addClassName("empty-hint");
            items.add(empty);
        }
        heading.setText(all.isEmpty() ? translate("evidence.title") : translate("evidence.title.n", all.size()));
        var counts = new EnumMap<Stance, Integer>(Stance.class);
        all.forEach(e -> counts.merge(e.stance(), 1, Integer::sum));
        summary.setText(counts.entrySet().stream()
                .map(c -> translate("evidence.count." + c.getKey().name(), c.getValue()))
                .reduce((a, b) -> a + " \u00b7 " + b)
                .orElse(""));
    }

    private void open(@Nullable EvidenceDetail editing) {
        new EvidenceDialog(editing, clock, (form, upload) -> {
                    if (editing == null) {
                        evidence.add(claimId, form, upload);
                        refresh();
                        return translate("evidence.added");
                    }
                    EvidenceDetail saved;
                    try {
                        saved = evidence.edit(editing.id(), editing.version(), form);
                    } finally {
                        refresh();
                    }
                    return editing.shownPublicly() && !saved.shownPublicly()
                            ? translate("evidence.saved.hidden")
                            : translate("evidence.saved");
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
            Notifications.success(shown ? translate("evidence.shown") : translate("evidence.hidden"));
        } catch (ValidationException | ItemNotFoundException | ConcurrentEditException | AccessDeniedException ex) {
            Notifications.error(ex.getMessage());
        }
        refresh();
    }

    @Override
    public void delete(EvidenceDetail item) {
        var dialog = new ConfirmDialog(
                translate("evidence.delete.confirm"), translate("notes.delete.text"), translate("common.delete"), e -> {
                    try {
                        evidence.delete(item.id());
                        Notifications.success(translate("evidence.deleted"));
                    } catch (ValidationException | ItemNotFoundException | AccessDeniedException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelText(translate("common.cancel"));
        dialog.setCancelable(true);
        dialog.open();
    }
}
