package org.factline.base.export;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The columns of one export, written as CSV (through {@link SafeCsvPrinter}) or as a JSON array
 * of objects (Jackson's streaming {@link JsonGenerator}) with the same names, row by row as the
 * caller reads them: nothing is collected, so an export of any size takes the memory of a row.
 * In JSON, numbers stay numbers, collections become arrays and null stays null; everything else
 * is written as its text (ISO-8601 for dates and times).
 */
public final class ExportTable<R> {

    private static final JsonMapper JSON =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** One column: its name (CSV header, JSON key) and how to read it off a row. */
    public record Column<R>(String name, Function<R, @Nullable Object> value) {}

    private final List<Column<R>> columns;

    private ExportTable(List<Column<R>> columns) {
        this.columns = List.copyOf(columns);
    }

    @SafeVarargs
    public static <R> ExportTable<R> of(Column<R>... columns) {
        return new ExportTable<>(List.of(columns));
    }

    public static <R> ExportTable<R> of(List<Column<R>> columns) {
        return new ExportTable<>(columns);
    }

    public static <R> Column<R> column(String name, Function<R, @Nullable Object> value) {
        return new Column<>(name, value);
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * Starts the document on {@code out}; {@link RowWriter#close()} ends it and flushes, and
     * leaves closing {@code out} to its owner.
     */
    public RowWriter<R> open(ExportFormat format, OutputStream out) {
        return switch (format) {
            case CSV -> new CsvRows(out);
            case JSON -> new JsonRows(out);
        };
    }

    /** Rows go out as they are written; {@link #flush()} pushes what is buffered to the stream. */
    public interface RowWriter<R> extends AutoCloseable {

        void write(R row);

        void flush();

        @Override
        void close();
    }

    private final class CsvRows implements RowWriter<R> {

        private final SafeCsvPrinter csv;

        CsvRows(OutputStream out) {
            csv = new SafeCsvPrinter(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    names().toArray(String[]::new));
        }

        @Override
        public void write(R row) {
            csv.printRecord(columns.stream().map(c -> c.value().apply(row)).toArray());
        }

        @Override
        public void flush() {
            csv.flush();
        }

        @Override
        public void close() {
            csv.flush();
        }
    }

    private final class JsonRows implements RowWriter<R> {

        private final JsonGenerator json;

        JsonRows(OutputStream out) {
            json = JSON.createGenerator(out, JsonEncoding.UTF8);
            json.writeStartArray();
        }

        @Override
        public void write(R row) {
            json.writeStartObject();
            for (Column<R> column : columns) {
                json.writeName(column.name());
                value(column.value().apply(row));
            }
            json.writeEndObject();
        }

        private void value(@Nullable Object value) {
            switch (value) {
                case null -> json.writeNull();
                case Integer i -> json.writeNumber(i);
                case Long l -> json.writeNumber(l);
                case Double d -> json.writeNumber(d);
                case Boolean b -> json.writeBoolean(b);
                case Collection<?> many -> {
                    json.writeStartArray();
                    many.forEach(this::value);
                    json.writeEndArray();
                }
                default -> json.writeString(value.toString());
            }
        }

        @Override
        public void flush() {
            json.flush();
        }

        @Override
        public void close() {
            json.writeEndArray();
            json.close();
        }
    }
}
