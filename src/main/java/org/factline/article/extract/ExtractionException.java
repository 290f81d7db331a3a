package org.factline.article.extract;

import java.io.Serial;

/** A document that can't be turned into an article, with a reason a person understands. */
public class ExtractionException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
