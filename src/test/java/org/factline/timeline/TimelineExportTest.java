package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.EventFormBuilder.event;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
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
}
