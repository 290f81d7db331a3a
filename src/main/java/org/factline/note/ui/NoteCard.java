package org.factline.note.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factline.note.NoteDetail;
import org.jspecify.annotations.Nullable;

/** One note: who wrote it and when, an translate("notes.edited") marker opening its versions, the text, and actions. */
final class NoteCard extends Composite<Div> {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    /** What the buttons of a card do; the section implements them. */
    interface Actions {
        void reply(NoteDetail note);

        void edit(NoteDetail note);

        void delete(NoteDetail note);

        void versions(NoteDetail note);
    }

    NoteCard(NoteDetail note, Actions actions) {
        var content = getContent();
        content.addClassName("note-card");
        content.setId("note-" + note.id());
        var avatar = new Avatar(note.authorName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        var author = new Span(note.authorName());
        author.addClassName("note-author");
        var head = new Div(avatar, author, new Span(" \u00b7 " + when(note.createdAt())));
        head.addClassName("note-head");
        if (note.revisions() > 0) {
            var edited = new Button(translate("notes.edited"), e -> actions.versions(note));
            edited.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edited.addClassName("note-edited");
            edited.setTooltipText(translate("notes.edited.tip", when(note.editedAt())));
            head.add(new Span(" \u00b7 "), edited);
        }
        var body = new Div();
        body.addClassName("note-body");
        body.getElement().setProperty("innerHTML", note.html());
        var buttons = new Div();
        buttons.addClassName("note-actions");
        buttons.add(small(translate("notes.reply"), () -> actions.reply(note)));
        if (note.canEdit()) {
            buttons.add(small(translate("common.edit"), () -> actions.edit(note)));
        }
        if (note.canDelete()) {
            var delete = small(translate("common.delete"), () -> actions.delete(note));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        content.add(head, body, buttons);
    }

    static String when(@Nullable Instant at) {
        return at == null ? "" : org.factline.base.ui.Formats.moment(at);
    }

    private static Button small(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
