package org.factline.base;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A rule a service refused: a message for the person, and the form field it is about, if any.
 * Views show it next to the field or as a notification; nothing was changed.
 */
public class ValidationException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final @Nullable String field;

    public ValidationException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public ValidationException(String message) {
        this(null, message);
    }

    public @Nullable String field() {
        return field;
    }
}
