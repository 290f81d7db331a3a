package org.factline.backup.archive;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * How a column's values travel in an archive: one portable JSON form per kind, the same whichever
 * database wrote or reads them (docs/backup.md lists them). A column of a type not listed here
 * can't be backed up, and the backup says so rather than writing something it can't read back.
 */
public enum ColumnKind {
    /** smallint, integer, bigint: a JSON number. */
    INTEGER,
    /** numeric, decimal: a JSON string with the exact digits. */
    DECIMAL,
    /** real, double precision: a JSON number; NaN and the infinities as strings. */
    FLOAT,
    BOOLEAN,
    /** char, varchar, text, clob: a JSON string. */
    TEXT,
    /** binary, varbinary, blob, bytea: standard base64 in a JSON string. */
    BINARY,
    /** ISO-8601 date, {@code 2026-12-07}. */
    DATE,
    /** ISO-8601 time of day, {@code 10:15:30.5}. */
    TIME,
    /** ISO-8601 date and time without zone, {@code 2026-12-07T10:15:30.123456}. */
    TIMESTAMP,
    /** ISO-8601 date and time with its offset, {@code 2026-12-07T10:15:30.123456Z}. */
    TIMESTAMP_TZ,
    /** a UUID as its usual 36-character string. */
    UUID;

    /** The kind of a column as JDBC metadata describes it, or null when backups can't carry it. */
    static @Nullable ColumnKind of(int jdbcType, String typeName) {
        String name = typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return UUID;
        }
        if (name.equals("timestamptz")) { // PostgreSQL reports it as a plain TIMESTAMP
            return TIMESTAMP_TZ;
        }
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOAT;
            case Types.BOOLEAN, Types.BIT -> name.equals("bool") || name.equals("boolean") ? BOOLEAN : null;
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.CLOB,
                    Types.NCLOB -> TEXT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_TZ;
            default -> null;
        };
    }

    /** Writes column {@code index} of the current row as this kind's JSON value. */
    void write(ResultSet rows, int index, JsonGenerator out) throws SQLException {
        switch (this) {
            case INTEGER -> {
                long value = rows.getLong(index);
                if (rows.wasNull()) out.writeNull();
                else out.writeNumber(value);
            }
            case DECIMAL -> {
                BigDecimal value = rows.getBigDecimal(index);
                if (value == null) out.writeNull();
                else out.writeString(value.toPlainString());
            }
            case FLOAT -> {
                double value = rows.getDouble(index);
                if (rows.wasNull()) out.writeNull();
                else if (Double.isFinite(value)) out.writeNumber(value);
                else out.writeString(Double.toString(value));
            }
            case BOOLEAN -> {
                boolean value = rows.getBoolean(index);
                if (rows.wasNull()) out.writeNull();
                else out.writeBoolean(value);
            }
            case TEXT -> writeString(out, rows.getString(index));
            case BINARY -> {
                // Streamed into base64: a large original file is never held twice in memory.
                try (InputStream value = rows.getBinaryStream(index)) {
                    if (value == null) out.writeNull();
                    else out.writeBinary(value, -1);
                } catch (java.io.IOException e) {
                    throw new SQLException("Could not read a binary value", e);
                }
            }
            case DATE -> writeString(out, format(rows.getObject(index, LocalDate.class), DateTimeFormatter.ISO_DATE));
            case TIME ->
                writeString(out, format(rows.getObject(index, LocalTime.class), DateTimeFormatter.ISO_LOCAL_TIME));
            case TIMESTAMP ->
                writeString(
                        out, format(rows.getObject(index, LocalDateTime.class), DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            case TIMESTAMP_TZ ->
                // As stored: H2 keeps each value's offset, PostgreSQL gives UTC.
                writeString(
                        out,
                        format(rows.getObject(index, OffsetDateTime.class), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            case UUID -> {
                java.util.UUID value = rows.getObject(index, java.util.UUID.class);
                writeString(out, value == null ? null : value.toString());
            }
        }
    }

    /**
     * Binds the JSON value the parser is on to parameter {@code index}.
     *
     * @return about how many bytes the value holds, so batches of large rows stay small
     * @throws IllegalArgumentException if the value is not of this kind's form
     */
    long bind(JsonParser in, PreparedStatement statement, int index, int jdbcType) throws SQLException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            statement.setNull(index, jdbcType);
            return 0;
        }
        switch (this) {
            case INTEGER ->
                statement.setLong(index, expect(in, JsonToken.VALUE_NUMBER_INT).getLongValue());
            case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(text(in)));
            case FLOAT ->
                statement.setDouble(
                        index,
                        token == JsonToken.VALUE_STRING ? Double.parseDouble(in.getString()) : in.getDoubleValue());
            case BOOLEAN -> {
                if (!token.isBoolean()) {
                    throw new IllegalArgumentException("expected true or false, found " + token);
                }
                statement.setBoolean(index, token == JsonToken.VALUE_TRUE);
            }
            case TEXT -> {
                String value = text(in);
                statement.setString(index, value);
                return value.length();
            }
            case BINARY -> {
                expect(in, JsonToken.VALUE_STRING);
                var bytes = new ByteArrayOutputStream();
                in.readBinaryValue(bytes);
                statement.setBytes(index, bytes.toByteArray());
                return bytes.size();
            }
            case DATE -> statement.setObject(index, LocalDate.parse(text(in)));
            case TIME -> statement.setObject(index, LocalTime.parse(text(in)));
            case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text(in)));
            case TIMESTAMP_TZ -> statement.setObject(index, OffsetDateTime.parse(text(in)));
            case UUID -> statement.setObject(index, java.util.UUID.fromString(text(in)));
        }
        return 8;
    }

    /** Reads past the value the parser is on, checking only that it has this kind's JSON form. */
    void check(JsonParser in) {
        JsonToken token = in.currentToken();
        boolean fits = switch (this) {
            case INTEGER -> token == JsonToken.VALUE_NUMBER_INT;
            case FLOAT -> token.isNumeric() || token == JsonToken.VALUE_STRING;
            case BOOLEAN -> token.isBoolean();
            default -> token == JsonToken.VALUE_STRING;
        };
        if (token != JsonToken.VALUE_NULL && !fits) {
            throw new IllegalArgumentException("expected " + name().toLowerCase(Locale.ROOT) + ", found " + token);
        }
        if (token.isStructStart()) {
            in.skipChildren();
        }
    }

    private static JsonParser expect(JsonParser in, JsonToken expected) {
        if (in.currentToken() != expected) {
            throw new IllegalArgumentException("expected " + expected + ", found " + in.currentToken());
        }
        return in;
    }

    private static String text(JsonParser in) {
        return expect(in, JsonToken.VALUE_STRING).getString();
    }

    private static void writeString(JsonGenerator out, @Nullable String value) {
        if (value == null) out.writeNull();
        else out.writeString(value);
    }

    private static @Nullable String format(java.time.temporal.@Nullable TemporalAccessor value, DateTimeFormatter f) {
        return value == null ? null : f.format(value);
    }
}
