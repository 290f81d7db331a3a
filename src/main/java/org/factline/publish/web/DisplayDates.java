package org.factline.publish.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates as the public pages print them (templates call it as {@code dates}); UTC days. */
public final class DisplayDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public String day(@Nullable TemporalAccessor t) {
        LocalDate date = date(t);
        return date == null ? "" : DAY.format(date);
    }

    /** For {@code <time datetime>}. */
    public String iso(@Nullable TemporalAccessor t) {
        LocalDate date = date(t);
        return date == null ? "" : date.toString();
    }

    private static @Nullable LocalDate date(@Nullable TemporalAccessor t) {
        return switch (t) {
            case null -> null;
            case Instant i -> i.atOffset(ZoneOffset.UTC).toLocalDate();
            case OffsetDateTime o -> o.toLocalDate();
            case LocalDate d -> d;
            default -> LocalDate.from(t);
        };
    }
}
