package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.EventFormBuilder.event;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

class TimelineExportTest extends AbstractTimelineTest {

    @Autowired
    TimelineExport export;

    @Test
    void exports_parse_back_in_their_formats() throws Exception {
        var event = timeline.create(form("Exported \"quoted\", with comma", LocalDate.of(2023, 10, 17)));
        timeline.create(event(marker + " Year only", LocalDate.of(2025, 6, 1), category)
                .precision(DatePrecision.YEAR)
                .side(Side.CHINA)
                .importance(1)
                .form());

        var json = JsonMapper.builder().build().readTree(export.timelineJs(mine(), "http://x/"));
        var events = json.get("events");
        assertThat(events.size()).isEqualTo(2);
        var first = events.get(0);
        assertThat(first.get("start_date").get("year").asInt()).isEqualTo(2023);
        assertThat(first.get("start_date").get("month").asInt()).isEqualTo(10);
        assertThat(first.get("start_date").get("day").asInt()).isEqualTo(17);
        assertThat(first.get("text").get("headline").asString()).contains("Exported");
        assertThat(first.get("group").asString()).isEqualTo(event.category().name());
        assertThat(events.get(1).get("start_date").has("month")).isFalse();

        var rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(export.csv(mine())))
                .getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().get("title")).isEqualTo(marker + " Exported \"quoted\", with comma");
        assertThat(rows.getFirst().get("actors")).isEqualTo("Nvidia");

        var calendar = new CalendarBuilder().build(new StringReader(export.ical(mine(), "http://x/")));
        List<VEvent> vevents = calendar.getComponents("VEVENT");
        assertThat(vevents).hasSize(2);
        assertThat(vevents.getFirst().getSummary().getValue()).contains("Exported");
        assertThat(vevents.get(1).getDateTimeEnd().getValue()).isEqualTo("20260101");
    }

    @Test
    void csv_cells_a_spreadsheet_would_run_as_formulas_are_neutralised() throws Exception {
        timeline.create(
                event("=HYPERLINK(\"http://evil.example\",\"open\") " + marker, LocalDate.of(2024, 5, 2), category)
                        .description("+40% year on year, said the ministry")
                        .actors("@ministry")
                        .form());

        var row = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(export.csv(mine())))
                .getRecords()
                .getFirst();
        assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"open\") " + marker);
        assertThat(row.get("description")).isEqualTo("'+40% year on year, said the ministry");
        assertThat(row.get("actors")).isEqualTo("'@ministry");
        assertThat(row.get("date")).doesNotStartWith("'");
    }

    /** The hostile tester's cell behind each prefix; a leading tab or CR is stripped on save, leaving "=". */
    private static final List<String> HOSTILE = List.of("=", "+", "-", "@", "\t=", "\r=").stream()
            .map(prefix -> prefix + "cmd|' /C calc'!A0")
            .toList();

    @Test
    void formula_cells_are_neutralised_in_every_text_field_of_csv_and_icalendar() throws Exception {
        signIn(ADMIN);
        for (int i = 0; i < HOSTILE.size(); i++) {
            String hostile = HOSTILE.get(i);
            long hostileCategory =
                    categories.create(hostile + " " + marker + i, "#123456").id();
            signIn(user("tl-checker", Role.FACT_CHECKER));
            timeline.create(event(hostile + " " + marker, LocalDate.of(2024, 5, 2 + i), hostileCategory)
                    .description(hostile)
                    .actors(hostile)
                    .form());
            signIn(ADMIN);
        }
        signIn(user("tl-checker", Role.FACT_CHECKER));
        timeline.create(form("Ordinary, harmless", LocalDate.of(2024, 6, 1)));

        var rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(export.csv(mine())))
                .getRecords();
        var calendar = new CalendarBuilder().build(new StringReader(export.ical(mine(), "http://x/")));
        List<VEvent> vevents = calendar.getComponents("VEVENT");
        assertThat(rows).hasSize(HOSTILE.size() + 1);
        assertThat(vevents).hasSize(HOSTILE.size() + 1);

        int cells = 0;
        for (int i = 0; i < HOSTILE.size(); i++) {
            var row = rows.get(i);
            var vevent = vevents.get(i);
            for (String cell :
                    List.of(row.get("title"), row.get("description"), row.get("category"), row.get("actors"))) {
                assertThat(cell).as("CSV cell %s", cell).startsWith("'");
                assertThat(cell.substring(1)).contains("cmd|' /C calc'!A0");
                cells++;
            }
            for (String value : List.of(
                    vevent.getSummary().getValue(),
                    vevent.getDescription().getValue(),
                    vevent.getProperty("CATEGORIES").orElseThrow().getValue())) {
                assertThat(value).as("iCalendar value %s", value).startsWith("'");
                cells++;
            }
        }
        assertThat(cells).isEqualTo(HOSTILE.size() * 7);

        var ordinary = rows.getLast();
        assertThat(ordinary.get("title")).isEqualTo(marker + " Ordinary, harmless");
        assertThat(ordinary.get("category")).doesNotStartWith("'");
        assertThat(ordinary.get("description")).isEqualTo("Some context.");
        assertThat(vevents.getLast().getSummary().getValue()).isEqualTo(marker + " Ordinary, harmless");
        assertThat(vevents.getLast().getDescription().getValue()).startsWith("Some context.");
    }

    @Test
    void timelinejs_fields_shown_as_html_carry_no_markup_of_their_own() throws Exception {
        signIn(ADMIN);
        String hostile = "<img src=x onerror=alert(1)>";
        long hostileCategory =
                categories.create(hostile + " " + marker, "#654321").id();
        signIn(user("tl-checker", Role.FACT_CHECKER));
        timeline.create(event(hostile + " " + marker, LocalDate.of(2024, 5, 2), hostileCategory)
                .description(hostile + " in the description")
                .form());

        var event = JsonMapper.builder()
                .build()
                .readTree(export.timelineJs(mine(), "http://x/"))
                .get("events")
                .get(0);
        assertThat(event.get("group").asString()).startsWith("&lt;img src=x onerror=alert(1)&gt; ");
        assertThat(event.get("text").get("headline").asString()).startsWith("&lt;img src=x onerror=alert(1)&gt; ");
        assertThat(event.get("text").get("text").asString())
                .doesNotContain("<img")
                .contains("in the description");
    }
}
