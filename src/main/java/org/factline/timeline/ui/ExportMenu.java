package org.factline.timeline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.factline.timeline.EventFilter;
import org.factline.timeline.TimelineExport;

/** The timeline's export menu: exactly the events shown, as TimelineJS, CSV or iCalendar. */
final class ExportMenu extends MenuBar {

    private final SerializableSupplier<EventFilter> shown;

    ExportMenu(TimelineExport export, SerializableSupplier<EventFilter> shown) {
        this.shown = shown;
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var top = addItem(new Span(VaadinIcon.DOWNLOAD.create(), new Span(" Export")));
        var sub = top.getSubMenu();
        sub.addItem(download(
                "TimelineJS (JSON)",
                "factline-timeline.json",
                "application/json",
                f -> export.timelineJs(f, baseUrl())));
        sub.addItem(download("Spreadsheet (CSV)", "factline-timeline.csv", "text/csv", export::csv));
        sub.addItem(download(
                "Calendar (iCalendar)", "factline-timeline.ics", "text/calendar", f -> export.ical(f, baseUrl())));
    }

    private Anchor download(String label, String file, String type, Function<EventFilter, String> content) {
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.apply(shown.get()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), file, type, bytes.length);
                }),
                label);
        link.getElement().setAttribute("download", true);
        return link;
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
