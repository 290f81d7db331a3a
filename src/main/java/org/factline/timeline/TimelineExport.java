package org.factline.timeline;

import jakarta.annotation.security.RolesAllowed;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.factline.base.export.SafeCsvPrinter;
import org.factline.security.AppRoles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The (filtered) timeline as files: TimelineJS3 JSON, CSV and iCalendar. Exports contain exactly
 * what the user sees on the timeline page with the same filter.
 */
@Service
@RolesAllowed(AppRoles.FACT_CHECKER)
public class TimelineExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TimelineService timeline;

    TimelineExport(TimelineService timeline) {
        this.timeline = timeline;
    }

    /**
     * TimelineJS3 format: {@code events} with {@code start_date {year, month, day}} (month and day
     * left out for coarser precision), {@code end_date}, {@code text {headline, text}},
     * {@code group} (the category) and {@code unique_id}; the first source article is the media
     * link. TimelineJS puts {@code headline}, {@code text}, the media {@code caption} and the
     * {@code group} label into the page as HTML, so every plain text among them is escaped and
     * {@code text} is the description's sanitized HTML.
     */
    public String timelineJs(EventFilter filter, String baseUrl) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (EventDetail e : timeline.find(filter)) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("start_date", date(e.startDate(), e.precision()));
            if (e.endDate() != null) {
                event.put("end_date", date(e.endDate(), DatePrecision.DAY));
            }
            String text = e.descriptionHtml()
                    + (e.verified()
                            ? "<p>Verified claim: " + escape(e.verifiedVerdict().label()) + "</p>"
                            : "");
            event.put("text", Map.of("headline", escape(e.title()), "text", text));
            event.put("group", escape(e.category().name()));
            event.put("unique_id", "event-" + e.id());
            if (!e.articles().isEmpty()) {
                event.put(
                        "media",
                        Map.of(
                                "url",
                                baseUrl + "articles/" + e.articles().getFirst().id(),
                                "caption",
                                escape(e.articles().getFirst().title())));
            }
            list.add(event);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(
                "title",
                Map.of("text", Map.of("headline", "US\u2013China AI timeline", "text", "Exported from Factline")));
        root.put("events", list);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** One row per event; the description as plain text; formula-like cells neutralised. */
    public String csv(EventFilter filter) {
        var out = new StringWriter();
        try (var csv = new SafeCsvPrinter(
                out,
                "id",
                "title",
                "date",
                "precision",
                "start",
                "end",
                "category",
                "side",
                "importance",
                "status",
                "verified",
                "actors",
                "tags",
                "description",
                "articles",
                "claims")) {
            for (EventDetail e : timeline.find(filter)) {
                csv.printRecord(
                        e.id(),
                        e.title(),
                        e.dateLabel(),
                        e.precision().name().toLowerCase(Locale.ROOT),
                        e.startDate(),
                        e.endDate() == null ? "" : e.endDate(),
                        e.category().name(),
                        e.side().label(),
                        e.importance(),
                        e.status().name().toLowerCase(Locale.ROOT),
                        e.verified() ? e.verifiedVerdict().label() : "",
                        String.join("; ", e.actors()),
                        String.join("; ", e.tags()),
                        plain(e.descriptionHtml()),
                        String.join(
                                " ",
                                e.articles().stream()
                                        .map(a -> "articles/" + a.id())
                                        .toList()),
                        String.join(
                                " ",
                                e.claims().stream().map(c -> "claims/" + c.id()).toList()));
            }
        }
        return out.toString();
    }

    /**
     * All-day events (the whole period for month, quarter or year precision). Calendar programs
     * export events to spreadsheets, so the text values are neutralised as in the CSV.
     */
    public String ical(EventFilter filter, String baseUrl) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Factline//Timeline//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        for (EventDetail e : timeline.find(filter)) {
            LocalDate endExclusive = e.lastDay().plusDays(1);
            VEvent event = new VEvent(e.startDate(), endExclusive, neutralise(e.title()))
                    .add(new Uid("event-" + e.id() + "@factline"))
                    .add(new Categories(
                            new TextList(List.of(neutralise(e.category().name())))));
            String description = plain(e.descriptionHtml());
            event.add(new Description(neutralise(
                    (description.isEmpty() ? "" : description + "\n\n") + baseUrl + "timeline/events/" + e.id())));
            event.add(new Url(URI.create(baseUrl + "timeline/events/" + e.id())));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static Map<String, Object> date(LocalDate date, DatePrecision precision) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("year", date.getYear());
        if (precision == DatePrecision.DAY || precision == DatePrecision.MONTH || precision == DatePrecision.QUARTER) {
            d.put("month", date.getMonthValue());
        }
        if (precision == DatePrecision.DAY) {
            d.put("day", date.getDayOfMonth());
        }
        return d;
    }

    private static String neutralise(String text) {
        return SafeCsvPrinter.neutralise(text);
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    private static String plain(String html) {
        return html.isEmpty()
                ? ""
                : Jsoup.parseBodyFragment(html).body().wholeText().strip();
    }
}
