package org.factline.note.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.factline.AbstractAppTest;
import org.factline.claim.ui.ClaimView;
import org.factline.note.NoteService;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotesPanelTest extends AbstractAppTest {

    @Autowired
    NoteService notes;

    long claimId;

    @BeforeEach
    void aClaimPage() {
        login(user("ui-note-checker", Role.FACT_CHECKER));
        claimId = newClaim("Claim to discuss");
        UI.getCurrent().navigate("claims/" + claimId);
    }

    /** The page as HTML: note bodies are set as (sanitized) inner HTML, not as text nodes. */
    private String page() {
        return _get(ClaimView.class).getElement().getOuterHTML();
    }

    @Test
    void a_fact_checker_writes_replies_edits_and_deletes_a_note_with_confirmation() {
        assertThat(page()).contains("No notes yet.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("New note")), "The report says **2.8 million** hours.");
        _click(_get(Button.class, spec -> spec.withText("Add note")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("New note")).getValue())
                .isEmpty();
        assertThat(_get(NotesSection.class).getElement().getOuterHTML()).contains("<strong>2.8 million</strong>");

        _click(_get(Button.class, spec -> spec.withText("Reply")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Reply")), "Only the final run, though.");
        _click(_get(Button.class, spec -> spec.withText("Post reply")));
        assertThat(page()).contains("Only the final run, though.").contains("Notes (2)");

        _click(_find(Button.class, spec -> spec.withText("Edit")).getFirst());
        var editor = _get(TextArea.class, spec -> spec.withLabel("Edit note"));
        assertThat(editor.getValue()).isEqualTo("The report says **2.8 million** hours.");
        _setValue(editor, "The report says 2.788 million hours.");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(page()).contains("2.788 million");

        _click(_get(Button.class, spec -> spec.withText("edited")));
        assertThat(_get(RevisionsDialog.class).getElement().getOuterHTML())
                .contains("2.788 million")
                .contains("2.8 million");
        _get(RevisionsDialog.class).close();

        _click(_find(Button.class, spec -> spec.withText("Delete")).getFirst());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page()).contains("This note was deleted.").contains("Only the final run, though.");
        assertThat(notes.threads(claimId).getFirst().root()).isNull();
    }

    @Test
    void a_refused_note_keeps_its_text_and_says_why_and_the_preview_is_safe() {
        var composer = _get(TextArea.class, spec -> spec.withLabel("New note"));
        _click(_get(Button.class, spec -> spec.withText("Add note")));
        assertThat(composer.isInvalid()).isTrue();
        assertThat(composer.getErrorMessage()).contains("Write the note first");

        _setValue(composer, "Hello <script>alert(1)</script> [x](javascript:alert(1))");
        _click(_get(Button.class, spec -> spec.withText("Preview")));
        String preview = _get(NotesSection.class).getElement().getOuterHTML();
        assertThat(preview).doesNotContain("<script").doesNotContain("javascript:");
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        assertThat(composer.getValue()).startsWith("Hello <script>");
    }

    @Test
    void
            a_teammates_note_appears_without_reload_and_a_fact_checker_gets_no_edit_or_delete_on_it_but_an_editor_may_delete() {
        String other = user("ui-note-other", Role.FACT_CHECKER);
        signIn(other);
        notes.post(claimId, "Written in another session.");
        signIn("ui-note-checker");
        awaitEvents();
        MockVaadin.clientRoundtrip(false);

        assertThat(page()).contains("Written in another session.");
        assertThat(_find(Button.class, spec -> spec.withText("Edit"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Delete"))).isEmpty();

        login(user("ui-note-editor", Role.EDITOR));
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_find(Button.class, spec -> spec.withText("Edit"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Delete"))).hasSize(1);
    }
}
