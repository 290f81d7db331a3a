package org.factline.api;

import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.factline.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic locking over HTTP, the same as the UI's: a resource's {@code ETag} is its version
 * ({@code "3"}); an update sent with {@code If-Match} applies only to that version and answers 409
 * when someone changed it in between. Without {@code If-Match} an update applies to the current
 * version.
 */
public final class Versions {

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version in an {@code If-Match} header, if one was sent. */
    public static OptionalLong ifMatch(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new ValidationException("If-Match", "If-Match takes the ETag of a GET, e.g. \"3\".");
        }
    }

    /** The version to update: the one in {@code If-Match}, else the current one (read only then). */
    public static long expected(@Nullable String ifMatch, LongSupplier current) {
        return ifMatch(ifMatch).orElseGet(current);
    }

    public static <T> ResponseEntity<T> withEtag(long version, T body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }
}
