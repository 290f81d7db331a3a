package org.factline.claim;

import org.jspecify.annotations.Nullable;

/** Claims list filters; null fields don't filter. */
public record ClaimFilter(
        @Nullable String text,
        @Nullable ClaimStatus status,
        @Nullable String tag,
        @Nullable Long articleId) {

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, null);
    }
}
