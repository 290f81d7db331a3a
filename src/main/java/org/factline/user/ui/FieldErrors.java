package org.factline.user.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;

/** Puts a service's refusal next to the field it names, or in a notification. */
final class FieldErrors {

    private final Map<String, HasValidation> fields;

    FieldErrors(Map<String, HasValidation> fields) {
        this.fields = fields;
    }

    void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    void show(ValidationException e) {
        clear();
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field == null) {
            Notifications.error(e.getMessage());
        } else {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }
}
