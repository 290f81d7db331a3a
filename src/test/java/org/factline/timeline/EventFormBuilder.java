package org.factline.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Event forms for tests: {@code event(title, date, category)} is a day-precision US event of
 * middle importance without description, tags, actors or links; a test sets only what it is about.
 */
public final class EventFormBuilder {

    private final String title;
    private final @Nullable LocalDate start;
    private final @Nullable Long categoryId;
    private DatePrecision precision = DatePrecision.DAY;
    private @Nullable LocalDate end;
    private @Nullable String description;
    private Side side = Side.US;
    private int importance = 2;
    private Set<String> tags = Set.of();
    private List<String> actors = List.of();
    private Set<Long> articleIds = Set.of();
    private Set<Long> claimIds = Set.of();

    private EventFormBuilder(String title, @Nullable LocalDate start, @Nullable Long categoryId) {
        this.title = title;
        this.start = start;
        this.categoryId = categoryId;
    }

    public static EventFormBuilder event(String title, @Nullable LocalDate start, @Nullable Long categoryId) {
        return new EventFormBuilder(title, start, categoryId);
    }

    public EventFormBuilder precision(DatePrecision precision) {
        this.precision = precision;
        return this;
    }

    public EventFormBuilder end(@Nullable LocalDate end) {
        this.end = end;
        return this;
    }

    public EventFormBuilder description(@Nullable String description) {
        this.description = description;
        return this;
    }

    public EventFormBuilder side(Side side) {
        this.side = side;
        return this;
    }

    public EventFormBuilder importance(int importance) {
        this.importance = importance;
        return this;
    }

    public EventFormBuilder tags(String... tags) {
        this.tags = Set.of(tags);
        return this;
    }

    public EventFormBuilder actors(String... actors) {
        this.actors = List.of(actors);
        return this;
    }

    public EventFormBuilder articles(long... ids) {
        this.articleIds = Arrays.stream(ids).boxed().collect(Collectors.toSet());
        return this;
    }

    public EventFormBuilder claims(long... ids) {
        this.claimIds = Arrays.stream(ids).boxed().collect(Collectors.toSet());
        return this;
    }

    public EventForm form() {
        return new EventForm(
                title,
                start,
                precision,
                end,
                description,
                categoryId,
                side,
                importance,
                tags,
                actors,
                articleIds,
                claimIds);
    }
}
