package org.factline.timeline;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which events to show; every part is optional. */
public record EventFilter(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        Set<Long> categoryIds,
        @Nullable String actor,
        @Nullable Side side,
        boolean verifiedOnly,
        @Nullable String text) {

    public EventFilter {
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
    }

    public static EventFilter all() {
        return new EventFilter(null, null, Set.of(), null, null, false, null);
    }
}
