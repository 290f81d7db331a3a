package org.factline.article;

import java.io.Serial;
import org.factline.article.extract.ExtractionException;

/**
 * A fetch that may well work later: a timeout, a dropped connection, or the server answering 5xx
 * or 429. Import jobs try such an item again after a while; every other failure is final.
 */
final class FetchFailure extends ExtractionException {

    @Serial
    private static final long serialVersionUID = 1L;

    FetchFailure(String message, Throwable cause) {
        super(message, cause);
    }

    FetchFailure(String message) {
        super(message);
    }

    /** Worth another attempt: {@code 5xx} or {@code 429 Too Many Requests}. */
    static boolean retryable(int status) {
        return status >= 500 || status == 429;
    }
}
