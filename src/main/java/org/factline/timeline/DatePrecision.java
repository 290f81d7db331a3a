package org.factline.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How exactly an event's date is known; the stored date is the first day of that period. */
public enum DatePrecision {
    DAY("Day"),
    MONTH("Month"),
    QUARTER("Quarter"),
    YEAR("Year");

    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final String label;

    DatePrecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The first day of the period containing {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The last day of the period starting at {@code start}. */
    public LocalDate end(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    /** "17 Oct 2023", "Oct 2023", "Q4 2023" or "2023". */
    public String format(LocalDate date) {
        return switch (this) {
            case DAY -> DAY_FORMAT.format(date);
            case MONTH -> MONTH_FORMAT.format(date);
            case QUARTER -> "Q" + ((date.getMonthValue() - 1) / 3 + 1) + " " + date.getYear();
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
