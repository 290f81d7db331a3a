package org.factline.base;

import java.io.Serial;

/** Someone else saved the same thing first; the caller should reload and try again. */
public class ConcurrentEditException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else in the meantime. The latest version is shown; "
                + "review it and apply your change again.");
    }
}
