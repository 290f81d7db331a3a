package org.factline.timeline.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.factline.base.ui.UiLanguage;
import org.factline.timeline.DatePrecision;
import org.factline.timeline.EventDetail;

/**
 * An event's date as precise as it is known, in the reader's language: "17 Oct 2023", "Oct 2023",
 * "Q4 2023", "2023" (2023年10月17日, 2023年10月, 2023年第4季度), a span with its end day.
 */
final class EventDates {

    private EventDates() {}

    static String of(EventDetail e) {
        String start = of(e.precision(), e.startDate());
        return e.endDate() == null ? start : translate("timeline.date.span", start, of(DatePrecision.DAY, e.endDate()));
    }

    static String of(DatePrecision precision, LocalDate date) {
        return switch (precision) {
            case DAY -> pattern("timeline.date.day", date);
            case MONTH -> pattern("timeline.date.month", date);
            case QUARTER ->
                translate("timeline.date.quarter", (date.getMonthValue() - 1) / 3 + 1, String.valueOf(date.getYear()));
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    private static String pattern(String key, LocalDate date) {
        return DateTimeFormatter.ofPattern(translate(key), UiLanguage.current()).format(date);
    }
}
