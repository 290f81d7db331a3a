package org.factline.note.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factline.note.NoteRevisionDetail;

/** Every version of an edited note, the current one first. */
final class RevisionsDialog extends Dialog {

    RevisionsDialog(List<NoteRevisionDetail> versions) {
        setHeaderTitle("Versions of this note");
        addClassName("note-versions");
        for (NoteRevisionDetail v : versions) {
            var label = new Span((v.current() ? "Current, since " : "Written ") + NoteCard.when(v.writtenAt()));
            label.addClassName("note-version-when");
            var body = new Div();
            body.addClassName("note-body");
            body.getElement().setProperty("innerHTML", v.html());
            var version = new Div(label, body);
            version.addClassName("note-version");
            add(version);
        }
        var close = new Button("Close", e -> close());
        getFooter().add(close);
        setWidth("min(44rem, 96vw)");
    }
}
