package org.factline.timeline;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.factline.timeline.domain.TimelineEvent;
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

    /** Dates, category, country and text, which the stored event answers. */
    boolean matches(TimelineEvent e) {
        LocalDate last =
                e.getEndDate() != null ? e.getEndDate() : e.getPrecision().end(e.getStartDate());
        if (from != null && last.isBefore(from)) {
            return false;
        }
        if (to != null && e.getStartDate().isAfter(to)) {
            return false;
        }
        if (!categoryIds.isEmpty() && !categoryIds.contains(e.getCategory().getId())) {
            return false;
        }
        if (side != null && e.getSide() != side) {
            return false;
        }
        if (text != null && !text.isBlank()) {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            String hay = (e.getTitle() + " " + Objects.requireNonNullElse(e.getDescription(), "") + " "
                            + String.join(" ", e.getTags()))
                    .toLowerCase(Locale.ROOT);
            return hay.contains(needle);
        }
        return true;
    }

    /** Verified only and actor, which need the event's view (its verdict, its actors' names). */
    boolean matches(EventDetail v) {
        return (!verifiedOnly || v.verified())
                && (actor == null
                        || actor.isBlank()
                        || v.actors().stream().anyMatch(a -> a.equalsIgnoreCase(actor.strip())));
    }
}
