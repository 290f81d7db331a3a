package org.factline.backup.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Every table's rows as plain JDBC reads them, in one order, for comparing two databases
 * row by row without going through the archive format: binary values as hex, timestamps with
 * their offset (or, between H2 and PostgreSQL, which keeps none, as instants).
 */
public final class DatabaseRows {

    private DatabaseRows() {}

    /** Table name (lower case) to its rows. */
    public static Map<String, List<List<Object>>> of(DataSource dataSource, boolean instantsOnly) throws SQLException {
        var tables = new TreeMap<String, List<List<Object>>>();
        try (var connection = dataSource.getConnection()) {
            var schema = DatabaseSchema.read(connection);
            for (TableShape table : schema.tables()) {
                String columns = table.columns().stream()
                        .map(c -> Dialect.quote(c.name()))
                        .collect(Collectors.joining(", "));
                var rows = new ArrayList<List<Object>>();
                try (var statement = connection.createStatement();
                        var result = statement.executeQuery("select " + columns + " from " + schema.qualified(table))) {
                    while (result.next()) {
                        var row = new ArrayList<Object>();
                        for (int i = 0; i < table.columns().size(); i++) {
                            row.add(value(result, i + 1, table.columns().get(i).kind(), instantsOnly));
                        }
                        rows.add(row);
                    }
                }
                // Sorted here, not by the databases, whose collations differ (a key can be text).
                rows.sort(java.util.Comparator.comparing(Object::toString));
                tables.put(table.key(), rows);
            }
        }
        return tables;
    }

    /**
     * Asserts that {@code copy} holds, table by table, the rows of a live database read just
     * before or just after a backup was taken: background work (presence heartbeats of pages left
     * open by other tests, polls) may change a table while the test runs, and the backup's
     * snapshot lies between the two reads.
     */
    public static void assertSnapshot(
            Map<String, List<List<Object>>> copy,
            Map<String, List<List<Object>>> before,
            Map<String, List<List<Object>>> after,
            String where) {
        org.assertj.core.api.Assertions.assertThat(copy.keySet()).isEqualTo(after.keySet());
        for (String table : after.keySet()) {
            var rows = copy.get(table);
            if (!rows.equals(before.get(table))) {
                org.assertj.core.api.Assertions.assertThat(rows)
                        .as("rows of %s %s", table, where)
                        .isEqualTo(after.get(table));
            }
        }
    }

    private static Object value(ResultSet rows, int i, ColumnKind kind, boolean instantsOnly) throws SQLException {
        Object value = switch (kind) {
            case INTEGER -> rows.getLong(i);
            case DECIMAL -> rows.getBigDecimal(i);
            case FLOAT -> rows.getDouble(i);
            case BOOLEAN -> rows.getBoolean(i);
            case TEXT -> rows.getString(i);
            case BINARY -> {
                byte[] bytes = rows.getBytes(i);
                yield bytes == null ? null : "0x" + HexFormat.of().formatHex(bytes);
            }
            case DATE -> rows.getObject(i, LocalDate.class);
            case TIME -> rows.getObject(i, LocalTime.class);
            case TIMESTAMP -> rows.getObject(i, LocalDateTime.class);
            case TIMESTAMP_TZ -> {
                OffsetDateTime time = rows.getObject(i, OffsetDateTime.class);
                yield time == null || !instantsOnly ? time : time.toInstant();
            }
            case UUID -> rows.getObject(i, UUID.class);
        };
        return rows.wasNull() ? "NULL" : value;
    }

    /** A new, empty in-memory H2 database. */
    public static JdbcDataSource emptyH2(String name) {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    /** Drops an in-memory H2 database made by {@link #emptyH2}. */
    public static void shutdown(JdbcDataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("shutdown");
        }
    }
}
