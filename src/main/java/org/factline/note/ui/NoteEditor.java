package org.factline.note.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableFunction;
import java.util.function.Predicate;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.SubmitOnce;
import org.factline.note.domain.Note;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing a note: Markdown in a text area, a preview of how it will look, Ctrl+Enter to save and
 * Escape to cancel. A refused text stays in the editor with the reason next to it.
 */
final class NoteEditor extends Composite<Div> {

    final TextArea body = new TextArea();
    final Button save;
    final Button previewToggle = new Button(translate("notes.preview"));
    private final Div preview = new Div();
    private long version;

    /**
     * @param render the note as HTML, for the preview
     * @param onSave stores the text; true when stored (the editor then empties or closes)
     * @param onCancel null when the editor can't be cancelled (the composer for new threads)
     */
    NoteEditor(
            String label,
            String saveText,
            String initial,
            SerializableFunction<String, String> render,
            Predicate<String> onSave,
            @Nullable Runnable onCancel) {
        getContent().addClassName("note-editor");
        body.setLabel(label);
        body.setValue(initial);
        body.setWidthFull();
        body.setMinRows(3);
        body.setMaxLength(Note.BODY_MAX_LENGTH);
        body.setHelperText(translate("notes.helper"));
        preview.addClassNames("note-body", "note-preview");
        preview.setVisible(false);
        previewToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previewToggle.addClickListener(e -> {
            boolean show = !preview.isVisible();
            if (show) {
                preview.getElement().setProperty("innerHTML", render.apply(body.getValue()));
            }
            preview.setVisible(show);
            body.setVisible(!show);
            previewToggle.setText(show ? translate("common.edit") : translate("notes.preview"));
        });
        save = SubmitOnce.button(saveText, e -> {
            try {
                if (onSave.test(body.getValue())) {
                    body.setInvalid(false);
                }
            } catch (ValidationException ex) {
                showError(ex.getMessage(), "body".equals(ex.field()));
            } catch (ItemNotFoundException ex) {
                showError(ex.getMessage(), false);
            } catch (AccessDeniedException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).withModifiers(KeyModifier.CONTROL).listenOn(getContent());
        var actions = new Div(save, previewToggle);
        actions.addClassName("note-editor-actions");
        if (onCancel != null) {
            var cancel = new Button(translate("common.cancel"), e -> onCancel.run());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            cancel.addClickShortcut(Key.ESCAPE).listenOn(getContent());
            actions.add(cancel);
        }
        getContent().add(body, preview, actions);
    }

    long version() {
        return version;
    }

    NoteEditor version(long value) {
        this.version = value;
        return this;
    }

    void clear() {
        body.clear();
        body.setInvalid(false);
        showEditor();
    }

    void focus() {
        body.focus();
    }

    /** Under the text, and as a notification too when it isn't about the text itself. */
    private void showError(String message, boolean aboutTheText) {
        body.setErrorMessage(message);
        body.setInvalid(true);
        showEditor();
        if (!aboutTheText) {
            Notifications.error(message);
        }
    }

    private void showEditor() {
        preview.setVisible(false);
        body.setVisible(true);
        previewToggle.setText(translate("notes.preview"));
    }
}
