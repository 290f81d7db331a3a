package org.factline.note.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.Notifications;
import org.factline.note.NoteDetail;
import org.factline.note.NoteService;
import org.factline.note.NoteThread;
import org.springframework.security.access.AccessDeniedException;

/**
 * The claim page's notes: threads with replies, the composer for a new thread, inline reply and
 * edit editors. Refreshes live when anyone changes a note of this claim; editors that are open
 * keep what was typed across refreshes.
 */
final class NotesSection extends Composite<Div> implements NoteCard.Actions {

    private final NoteService notes;
    private final long claimId;
    private final H2 heading = new H2(translate("notes.title"));
    private final Div threads = new Div();
    final NoteEditor composer;
    /** Open reply editors by thread (root note id), and edit editors by note id. */
    private final Map<Long, NoteEditor> replies = new HashMap<>();

    private final Map<Long, NoteEditor> edits = new HashMap<>();

    NotesSection(NoteService notes, Broadcaster broadcaster, long claimId) {
        this.notes = notes;
        this.claimId = claimId;
        getContent().addClassName("notes-panel");
        threads.addClassName("note-threads");
        composer = new NoteEditor(translate("notes.new"), translate("notes.add"), "", notes::preview, this::post, null);
        // Stable ids: the Gatling load test (src/load/java) finds these nodes in Vaadin's responses.
        composer.body.setId("note-new-body");
        composer.save.setId("note-new-save");
        getContent().add(heading, threads, composer);
        refresh();
        getContent().addAttachListener(attach -> {
            var subscription = broadcaster.subscribe(NoteService.liveTopic(claimId), attach.getUI(), this::refresh);
            getContent().addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        });
    }

    private boolean post(String text) {
        notes.post(claimId, text);
        composer.clear();
        refresh();
        Notifications.success(translate("notes.added"));
        return true;
    }

    void refresh() {
        List<NoteThread> all = notes.threads(claimId);
        threads.removeAll();
        Set<Long> shown = new HashSet<>();
        int count = 0;
        for (NoteThread thread : all) {
            var box = new Div();
            box.addClassName("note-thread");
            if (thread.root() == null) {
                var gone = new Paragraph(translate("notes.deleted-marker"));
                gone.addClassName("note-deleted");
                box.add(gone);
            } else {
                box.add(card(thread.root()));
                shown.add(thread.root().id());
                count++;
            }
            var answers = new Div();
            answers.addClassName("note-replies");
            for (NoteDetail reply : thread.replies()) {
                answers.add(card(reply));
                shown.add(reply.id());
                count++;
            }
            Optional.ofNullable(replies.get(thread.rootId())).ifPresent(answers::add);
            box.add(answers);
            threads.add(box);
        }
        if (all.isEmpty()) {
            var empty = new Paragraph(translate("notes.empty"));
            empty.addClassName("empty-hint");
            threads.add(empty);
        }
        if (edits.keySet().removeIf(id -> !shown.contains(id))) {
            Notifications.error(translate("notes.gone"));
        }
        replies.keySet().removeIf(root -> all.stream().noneMatch(t -> t.rootId() == root));
        heading.setText(count == 0 ? translate("notes.title") : translate("notes.title.n", count));
    }

    private Component card(NoteDetail note) {
        NoteEditor editing = edits.get(note.id());
        return editing != null ? editing : new NoteCard(note, this);
    }

    @Override
    public void reply(NoteDetail note) {
        long root = note.parentId() == null ? note.id() : note.parentId();
        String start = note.parentId() == null ? "" : "@" + note.author() + " ";
        var editor = replies.computeIfAbsent(
                root,
                r -> new NoteEditor(
                        translate("notes.reply"),
                        translate("notes.post-reply"),
                        start,
                        notes::preview,
                        text -> {
                            notes.reply(note.id(), text);
                            replies.remove(r);
                            refresh();
                            Notifications.success(translate("notes.reply-added"));
                            return true;
                        },
                        () -> {
                            replies.remove(r);
                            refresh();
                        }));
        refresh();
        editor.focus();
    }

    @Override
    public void edit(NoteDetail note) {
        var editor = edits.computeIfAbsent(
                note.id(),
                id -> new NoteEditor(
                                translate("notes.edit"),
                                translate("common.save"),
                                note.markdown(),
                                notes::preview,
                                text -> save(id, text),
                                () -> {
                                    edits.remove(id);
                                    refresh();
                                })
                        .version(note.version()));
        refresh();
        editor.focus();
    }

    private boolean save(long noteId, String text) {
        NoteEditor editor = edits.get(noteId);
        try {
            notes.edit(noteId, editor.version(), text);
        } catch (ConcurrentEditException stale) {
            // Keep the typed text; the next save applies it to the version the person now sees.
            Notifications.error(stale.getMessage());
            refresh();
            notes.threads(claimId).stream()
                    .flatMap(t -> Stream.concat(Stream.ofNullable(t.root()), t.replies().stream()))
                    .filter(n -> n.id() == noteId)
                    .findFirst()
                    .ifPresent(fresh -> editor.version(fresh.version()));
            return false;
        }
        edits.remove(noteId);
        refresh();
        Notifications.success(translate("notes.saved"));
        return true;
    }

    @Override
    public void delete(NoteDetail note) {
        var dialog = new ConfirmDialog(
                translate("notes.delete.confirm"),
                translate(note.parentId() == null ? "notes.delete.text.root" : "notes.delete.text"),
                translate("common.delete"),
                e -> {
                    try {
                        notes.delete(note.id());
                        Notifications.success(translate("notes.deleted"));
                    } catch (ValidationException | ItemNotFoundException | AccessDeniedException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    edits.remove(note.id());
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(translate("common.cancel"));
        dialog.open();
    }

    @Override
    public void versions(NoteDetail note) {
        try {
            new RevisionsDialog(notes.revisions(note.id())).open();
        } catch (ItemNotFoundException gone) {
            Notifications.error(gone.getMessage());
            refresh();
        }
    }
}
