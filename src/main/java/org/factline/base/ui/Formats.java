package org.factline.base.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;

/**
 * Dates, moments and numbers as the reader's language writes them ("7 Dec 2026, 18:01" or
 * "2026年12月7日 18:01"; "1,234"): the UI's locale, the server's time zone.
 */
public final class Formats {

    private Formats() {}

    /** A moment with date and time, medium length. */
    public static String moment(Instant instant) {
        return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM), instant);
    }

    /** A moment with date and time, as short as the language allows (lists). */
    public static String shortMoment(Instant instant) {
        return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT), instant);
    }

    /** The day of a date, a moment (in the server's zone) or a date-time (in its own offset). */
    public static String day(TemporalAccessor date) {
        return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), date);
    }

    /** A day written out ("December 7, 2026", "2026年12月7日"). */
    public static String longDay(TemporalAccessor date) {
        return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), date);
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(UiLanguage.current()).format(value);
    }

    /** A fraction as a percentage without decimals (0.675 → "68%"). */
    public static String percent(double fraction) {
        return NumberFormat.getPercentInstance(UiLanguage.current()).format(fraction);
    }

    /** A figure with exactly {@code digits} decimals. */
    public static String decimal(double value, int digits) {
        var format = NumberFormat.getNumberInstance(UiLanguage.current());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** A size in bytes as B, KB or MB (binary units, one decimal above a kilobyte). */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return number(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return decimal(bytes / 1024.0, 1) + " KB";
        }
        return decimal(bytes / (1024.0 * 1024), 1) + " MB";
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
        return formatter
                .withLocale(UiLanguage.current())
                .withZone(ZoneId.systemDefault())
                .format(value);
    }
}
