package org.factline.embedding;

/** The embedding model could not be loaded (or not in time); matching by meaning is not possible. */
public class EmbeddingUnavailableException extends RuntimeException {

    EmbeddingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
