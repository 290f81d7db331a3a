package org.factline.base.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.base.export.ExportTable.column;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Both formats of one table, parsed back: awkward text survives, formulas don't reach a spreadsheet. */
class ExportTableTest {

    record Line(
            long id,
            String text,
            @Nullable Double score,
            List<String> tags,
            @Nullable Instant at) {}

    static final ExportTable<Line> TABLE = ExportTable.of(
            column("id", Line::id),
            column("text", Line::text),
            column("score", Line::score),
            column("tags", Line::tags),
            column("at", Line::at));

    static final List<String> AWKWARD = List.of(
            "plain words",
            "commas, and \"double quotes\", together",
            "two lines\nand a third\r\nwith CRLF",
            "美国商务部收紧芯片出口管制，英伟达称正在评估。",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+1+2",
            "-2+3",
            "@SUM(A1:A2)",
            "\tleading tab",
            "\rleading carriage return",
            "a cell with = inside is fine",
            "'already quoted");

    static final List<String> NEUTRALISED = List.of(
            "plain words",
            "commas, and \"double quotes\", together",
            "two lines\nand a third\r\nwith CRLF",
            "美国商务部收紧芯片出口管制，英伟达称正在评估。",
            "'=HYPERLINK(\"http://evil.example\",\"click\")",
            "'+1+2",
            "'-2+3",
            "'@SUM(A1:A2)",
            "'\tleading tab",
            "'\rleading carriage return",
            "a cell with = inside is fine",
            "'already quoted");

    @Test
    void csv_keeps_commas_quotes_line_breaks_and_chinese_and_neutralises_formulas() throws Exception {
        var lines = lines();
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(write(ExportFormat.CSV, lines)))
                .getRecords();

        assertThat(records).hasSize(AWKWARD.size());
        assertThat(records.getFirst().getParser().getHeaderNames())
                .containsExactly("id", "text", "score", "tags", "at");
        assertThat(records.stream().map(r -> r.get("text"))).containsExactlyElementsOf(NEUTRALISED);
        assertThat(records.get(4).get("tags")).isEqualTo("'=1+1; b");
        assertThat(records.get(1).get("score")).isEqualTo("-0.5"); // a number is no formula
        assertThat(records.get(0).get("score")).isEmpty();
        assertThat(records.get(0).get("at")).isEqualTo("2026-12-07T10:15:30Z");
        assertThat(records.get(1).get("at")).isEmpty();
    }

    @Test
    void json_is_an_array_of_objects_with_typed_values() throws Exception {
        JsonNode array = JsonMapper.builder().build().readTree(write(ExportFormat.JSON, lines()));

        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(AWKWARD.size());
        for (int i = 0; i < AWKWARD.size(); i++) {
            assertThat(array.get(i).get("text").asString()).isEqualTo(AWKWARD.get(i)); // JSON needs no neutralising
            assertThat(array.get(i).get("id").asLong()).isEqualTo(i);
        }
        assertThat(array.get(0).get("score").isNull()).isTrue();
        assertThat(array.get(1).get("score").asDouble()).isEqualTo(-0.5);
        assertThat(array.get(4).get("tags").isArray()).isTrue();
        assertThat(array.get(4).get("tags").get(0).asString()).isEqualTo("=1+1");
        assertThat(array.get(0).get("at").asString()).isEqualTo("2026-12-07T10:15:30Z");
        assertThat(array.get(1).get("at").isNull()).isTrue();
    }

    @Test
    void an_empty_export_is_a_header_or_an_empty_array() {
        assertThat(write(ExportFormat.CSV, List.of())).isEqualTo("id,text,score,tags,at\r\n");
        assertThat(write(ExportFormat.JSON, List.of())).isEqualTo("[]");
    }

    @Test
    void every_character_owasp_names_is_neutralised_and_nothing_else() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(SafeCsvPrinter.neutralise(start + "x")).isEqualTo("'" + start + "x");
        }
        for (String harmless : List.of("", "x=1", " =1", "1-2", "#", "'")) {
            assertThat(SafeCsvPrinter.neutralise(harmless)).isEqualTo(harmless);
        }
    }

    private static List<Line> lines() {
        var lines = new java.util.ArrayList<Line>();
        for (int i = 0; i < AWKWARD.size(); i++) {
            lines.add(new Line(
                    i,
                    AWKWARD.get(i),
                    i == 0 ? null : i == 1 ? -0.5 : i * 1.25,
                    i == 4 ? List.of("=1+1", "b") : List.of("t" + i),
                    i == 1 ? null : Instant.parse("2026-12-07T10:15:30Z")));
        }
        return lines;
    }

    private static String write(ExportFormat format, List<Line> lines) {
        var out = new ByteArrayOutputStream();
        try (var rows = TABLE.open(format, out)) {
            lines.forEach(rows::write);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
