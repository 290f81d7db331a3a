package org.factline.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a person enters for an event.
 *
 * @param startDate any day in the period; it is stored as the period's first day
 * @param actors names of organizations, people or governments (shared with claimants)
 */
public record EventForm(
        String title,
        @Nullable LocalDate startDate,
        DatePrecision precision,
        @Nullable LocalDate endDate,
        @Nullable String description,
        @Nullable Long categoryId,
        Side side,
        int importance,
        Set<String> tags,
        List<String> actors,
        Set<Long> articleIds,
        Set<Long> claimIds) {

    public EventForm {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        actors = actors == null ? List.of() : List.copyOf(actors);
        articleIds = articleIds == null ? Set.of() : Set.copyOf(articleIds);
        claimIds = claimIds == null ? Set.of() : Set.copyOf(claimIds);
    }
}
