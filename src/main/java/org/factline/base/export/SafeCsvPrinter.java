package org.factline.base.export;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one way Factline writes CSV: Commons CSV (RFC 4180 quoting of commas, quotes and line
 * breaks) with every text cell a spreadsheet would run as a formula neutralised, as OWASP
 * recommends against CSV injection: a cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a single quote in front. Numbers are written as
 * numbers (a negative number is no formula); collections become one cell, joined by "; ".
 * ArchitectureTest keeps {@link CSVPrinter} out of every other class.
 */
public final class SafeCsvPrinter implements Closeable, Flushable {

    private final CSVPrinter printer;

    /** Starts the CSV with its header row. */
    public SafeCsvPrinter(Appendable out, String... header) {
        try {
            this.printer = new CSVPrinter(
                    out, CSVFormat.DEFAULT.builder().setHeader(header).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void printRecord(@Nullable Object... values) {
        List<@Nullable Object> cells = new ArrayList<>(values.length);
        for (Object value : values) {
            cells.add(cell(value));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one value becomes in a cell: empty for null, numbers as they are, text neutralised. */
    static @Nullable Object cell(@Nullable Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        if (value instanceof Collection<?> many) {
            var joined = new StringBuilder();
            for (Object one : many) {
                joined.append(joined.isEmpty() ? "" : "; ").append(one);
            }
            return neutralise(joined.toString());
        }
        return neutralise(value.toString());
    }

    /** The text with a single quote in front if a spreadsheet would read it as a formula. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
