package org.factline.note.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.SubmitOnce;
import org.factline.note.EvidenceDetail;
import org.factline.note.EvidenceForm;
import org.factline.note.EvidenceUpload;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.factline.note.domain.Evidence;
import org.factline.note.domain.EvidenceFile;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Adding or editing an evidence item. Every field the service refuses is marked with the reason;
 * the dialog stays open with everything entered.
 */
final class EvidenceDialog extends Dialog {

    /** Stores the form (and the upload, when adding); returns a confirmation to show. */
    interface Store {
        String store(EvidenceForm form, @Nullable EvidenceUpload upload);
    }

    private static final List<String> LANGUAGES = List.of("zh", "en", "ja", "ko", "ru", "de", "fr", "es", "ar");

    final TextField url = new TextField("Web address");
    final TextField title = new TextField("Title of the source (optional)");
    final Select<SourceType> sourceType = new Select<>();
    final RadioButtonGroup<Stance> stance = new RadioButtonGroup<>("Stance");
    final TextArea quote = new TextArea("Exact quote");
    final ComboBox<String> language = new ComboBox<>("Original language");
    final TextArea translation = new TextArea("Translation");
    final TextField archiveUrl = new TextField("Archived copy");
    final DatePicker accessedOn = new DatePicker("Accessed on");
    final Span fileStatus = new Span();
    final Button save;
    private @Nullable EvidenceUpload upload;

    EvidenceDialog(@Nullable EvidenceDetail editing, Clock clock, Store store) {
        setHeaderTitle(editing == null ? "Add evidence" : "Edit evidence");
        addClassName("evidence-dialog");
        url.setPlaceholder("https://\u2026");
        url.setMaxLength(Evidence.URL_MAX_LENGTH);
        title.setMaxLength(Evidence.TITLE_MAX_LENGTH);
        sourceType.setLabel("Source type");
        sourceType.setItems(SourceType.values());
        sourceType.setItemLabelGenerator(SourceType::label);
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(Stance::label);
        quote.setMaxLength(Evidence.QUOTE_MAX_LENGTH);
        quote.setHelperText("Word for word, in the original language");
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(EvidenceDialog::languageName);
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(e -> language.setValue(e.getDetail()));
        language.setHelperText("Code such as zh, en or zh-Hans");
        translation.setMaxLength(Evidence.QUOTE_MAX_LENGTH);
        translation.setHelperText("When the quote is not in English");
        archiveUrl.setPlaceholder("https://web.archive.org/\u2026");
        archiveUrl.setMaxLength(Evidence.URL_MAX_LENGTH);
        archiveUrl.setHelperText("A copy that stays if the source changes");
        accessedOn.setMax(LocalDate.now(clock));

        var form = new FormLayout(url, title, sourceType, stance, quote, language, translation, archiveUrl, accessedOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34em", 2));
        form.setColspan(url, 2);
        form.setColspan(title, 2);
        form.setColspan(quote, 2);
        form.setColspan(translation, 2);
        add(form);
        if (editing == null) {
            accessedOn.setValue(LocalDate.now(clock));
            var fileUpload = new Upload(new EvidenceUploadHandler(EvidenceFile.MAX_BYTES, this::received));
            fileUpload.setMaxFiles(1);
            fileUpload.setMaxFileSize(EvidenceFile.MAX_BYTES);
            fileUpload.setDropLabel(new Span("Or upload the file: PDF, image, text, CSV, office document; at most "
                    + EvidenceFile.MAX_BYTES / (1024 * 1024) + " MB"));
            fileUpload.addFileRejectedListener(e -> showFileError(e.getErrorMessage()));
            fileUpload.addFileRemovedListener(e -> upload = null);
            add(fileUpload, fileStatus);
        } else {
            fill(editing);
        }
        save = SubmitOnce.button(editing == null ? "Save evidence" : "Save changes", e -> save(store));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).withModifiers(KeyModifier.CONTROL);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(48rem, 96vw)");
        url.focus();
    }

    /** An upload arrived (or was too large: then {@code bytes} is null). */
    void received(String fileName, byte @Nullable [] bytes) {
        if (bytes == null) {
            upload = null;
            showFileError("The file is larger than " + EvidenceFile.MAX_BYTES / (1024 * 1024)
                    + " MB; link to the source instead, or upload the relevant pages only.");
            return;
        }
        upload = new EvidenceUpload(fileName, bytes);
        fileStatus.setText("Ready to add: " + fileName);
        fileStatus.removeClassName("field-error");
    }

    private void showFileError(String message) {
        fileStatus.setText(message);
        fileStatus.addClassName("field-error");
    }

    private void fill(EvidenceDetail e) {
        url.setValue(nz(e.url()));
        title.setValue(nz(e.title()));
        sourceType.setValue(e.sourceType());
        stance.setValue(e.stance());
        quote.setValue(nz(e.quote()));
        if (e.originalLanguage() != null) {
            language.setValue(e.originalLanguage());
        }
        translation.setValue(nz(e.translation()));
        archiveUrl.setValue(nz(e.archiveUrl()));
        accessedOn.setValue(e.accessedOn());
        if (e.fileName() != null) {
            fileStatus.setText("File: " + e.fileName() + " (to replace it, delete this item and add it again)");
            add(fileStatus);
        }
    }

    private void save(Store store) {
        clearErrors();
        var form = new EvidenceForm(
                title.getValue(),
                url.getValue(),
                archiveUrl.getValue(),
                sourceType.getValue(),
                stance.getValue(),
                quote.getValue(),
                language.getValue(),
                translation.getValue(),
                accessedOn.getValue());
        try {
            Notifications.success(store.store(form, upload));
            close();
        } catch (ValidationException ex) {
            Function<String, @Nullable HasValidation> fieldOf = fields()::get;
            HasValidation field = ex.field() == null ? null : fieldOf.apply(ex.field());
            if (field != null) {
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            } else if ("file".equals(ex.field())) {
                showFileError(ex.getMessage());
            } else {
                Notifications.error(ex.getMessage());
            }
        } catch (ItemNotFoundException | ConcurrentEditException | AccessDeniedException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of(
                "url", url,
                "title", title,
                "sourceType", sourceType,
                "stance", stance,
                "quote", quote,
                "originalLanguage", language,
                "translation", translation,
                "archiveUrl", archiveUrl,
                "accessedOn", accessedOn);
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayName(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
