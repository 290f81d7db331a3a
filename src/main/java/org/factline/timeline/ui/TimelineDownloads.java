package org.factline.timeline.ui;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.VaadinServletRequest;
import java.nio.charset.StandardCharsets;
import org.factline.base.export.ExportFormat;
import org.factline.base.ui.ExportMenu;
import org.factline.timeline.EventFilter;
import org.factline.timeline.TimelineExport;

/** The timeline's export menu: exactly the events shown, as TimelineJS, CSV or iCalendar. */
final class TimelineDownloads {

    private TimelineDownloads() {}

    static ExportMenu menu(TimelineExport export, SerializableSupplier<EventFilter> shown) {
        return new ExportMenu()
                .add("TimelineJS (JSON)", "factline-timeline.json", ExportFormat.JSON.contentType(), () -> {
                    EventFilter filter = shown.get();
                    String base = baseUrl();
                    return text(() -> export.timelineJs(filter, base));
                })
                .add("Spreadsheet (CSV)", "factline-timeline.csv", ExportFormat.CSV.contentType(), () -> {
                    EventFilter filter = shown.get();
                    return text(() -> export.csv(filter));
                })
                .add("Calendar (iCalendar)", "factline-timeline.ics", "text/calendar", () -> {
                    EventFilter filter = shown.get();
                    String base = baseUrl();
                    return text(() -> export.ical(filter, base));
                });
    }

    /** The timeline's exports are small (one team's events), so each is made as one text. */
    private static ExportMenu.Content text(SerializableSupplier<String> content) {
        return out -> out.write(content.get().getBytes(StandardCharsets.UTF_8));
    }

    private static String baseUrl() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var servlet = request.getHttpServletRequest();
        return servlet.getRequestURL().toString().replaceFirst("(https?://[^/]+).*", "$1") + servlet.getContextPath()
                + "/";
    }
}
