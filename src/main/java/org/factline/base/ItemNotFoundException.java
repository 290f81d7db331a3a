package org.factline.base;

import java.io.Serial;

/**
 * The item someone asked for isn't there: a wrong address, or someone else deleted it in the
 * meantime. Carries a message for the person; pages that load the item show {@code NotFoundView}
 * with it, actions on an open page show it as a notification. Not a {@link ValidationException}:
 * nothing the person typed was wrong.
 */
public class ItemNotFoundException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ItemNotFoundException(String message) {
        super(message);
    }
}
