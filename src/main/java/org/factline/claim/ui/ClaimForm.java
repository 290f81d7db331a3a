package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.claim.domain.Claim;

/** The fields of a claim: statement, claimant (picked or new), date and tags. */
final class ClaimForm extends FormLayout {

    final TextArea text = new TextArea(translate("claims.claim"));
    final ComboBox<String> claimant = new ComboBox<>(translate("claims.claimant"));
    final DatePicker date = new DatePicker(translate("claims.claim-date"));
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>(translate("claims.tags"));

    ClaimForm(ClaimService claims) {
        // No maxlength on the field: the browser would cut a longer paste without a word. The
        // field says how long the text is and refuses it on save (NewClaim's @Size) instead.
        text.setHelperText(translate("claim.form.text.helper", Claim.TEXT_RECOMMENDED_LENGTH));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(300);
        text.addValueChangeListener(e -> showLength(e.getValue().length()));
        text.setRequiredIndicatorVisible(true);
        claimant.setItems(query -> claims.claimantNames(query.getFilter().orElse(""), query.getLimit()).stream()
                .skip(query.getOffset()));
        claimant.setAllowCustomValue(true);
        claimant.addCustomValueSetListener(e -> claimant.setValue(e.getDetail()));
        claimant.setHelperText(translate("claim.form.claimant.helper"));
        tags.setAllowCustomValue(true);
        tags.setItems(
                new LinkedHashSet<>(List.of("export controls", "chips", "model release", "distillation", "policy")));
        tags.addCustomValueSetListener(e -> {
            // Read the choice first: new items clear the combo box's selection.
            var selected = new LinkedHashSet<>(tags.getValue());
            selected.add(e.getDetail());
            var items = new LinkedHashSet<>(tags.getListDataView().getItems().toList());
            items.add(e.getDetail());
            tags.setItems(items);
            tags.setValue(selected);
        });
        add(text, claimant, date, tags);
        setColspan(text, 2);
        setColspan(tags, 2);
    }

    private void showLength(int length) {
        boolean tooLong = length > Claim.TEXT_MAX_LENGTH;
        text.setInvalid(tooLong);
        text.setErrorMessage(tooLong ? translate("claim.form.too-long", length, Claim.TEXT_MAX_LENGTH) : null);
        text.setHelperText(translate("claim.form.length", length, Claim.TEXT_RECOMMENDED_LENGTH));
    }

    NewClaim value() {
        return new NewClaim(
                text.getValue(), claimant.getValue(), date.getValue(), new LinkedHashSet<>(tags.getValue()));
    }

    void show(ValidationException e) {
        new FieldErrors(Map.of("text", text, "claimant", claimant, "tags", tags)).show(e);
    }
}
