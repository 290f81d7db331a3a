package org.factline.base.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.Collections;
import java.util.Map;
import org.factline.base.ValidationException;

/**
 * Puts a service's refusal ({@link ValidationException} naming a field) next to that field and
 * moves the focus there, or shows it as a notification when no field of the form has that name.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields;

    public FieldErrors(Map<String, ? extends HasValidation> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(ValidationException e) {
        clear();
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field == null) {
            Notifications.error(e.getMessage());
        } else {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }
}
