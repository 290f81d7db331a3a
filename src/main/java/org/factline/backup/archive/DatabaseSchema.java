package org.factline.backup.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The tables of the application's schema, read from JDBC metadata, so a table a later migration
 * adds is backed up without anyone listing it. Flyway's own history is left out: it describes the
 * schema, which the manifest names by its version, not the workspace.
 */
final class DatabaseSchema {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final Dialect dialect;
    private final @Nullable String schema;
    /** Every table but Flyway's, parents before the tables that point to them. */
    private final List<TableShape> tables;

    private final @Nullable String history;

    private DatabaseSchema(
            Dialect dialect, @Nullable String schema, List<TableShape> tables, @Nullable String history) {
        this.dialect = dialect;
        this.schema = schema;
        this.tables = tables;
        this.history = history;
    }

    static DatabaseSchema read(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        String schema = connection.getSchema();
        var metadata = connection.getMetaData();
        var names = new TreeMap<String, String>(); // key -> name as the database spells it
        String history = null;
        try (var rows = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                String key = name.toLowerCase(Locale.ROOT);
                if (key.equals(FLYWAY_HISTORY)) {
                    history = name;
                } else {
                    names.put(key, name);
                }
            }
        }
        var shapes = new LinkedHashMap<String, TableShape>();
        for (var entry : names.entrySet()) {
            shapes.put(entry.getKey(), shape(connection, schema, entry.getValue()));
        }
        return new DatabaseSchema(dialect, schema, inInsertOrder(shapes), history);
    }

    private static TableShape shape(Connection connection, @Nullable String schema, String table) throws SQLException {
        var metadata = connection.getMetaData();
        var columns = new ArrayList<ColumnShape>();
        String identity = null;
        try (var rows = metadata.getColumns(null, schema, table, "%")) {
            var ordered = new TreeMap<Integer, ColumnShape>();
            while (rows.next()) {
                String name = rows.getString("COLUMN_NAME");
                int type = rows.getInt("DATA_TYPE");
                String typeName = rows.getString("TYPE_NAME");
                ColumnKind kind = ColumnKind.of(type, typeName);
                if (kind == null) {
                    throw new IllegalStateException("Column " + table + "." + name + " has type " + typeName
                            + ", which backups can't carry yet (see ColumnKind)");
                }
                ordered.put(
                        rows.getInt("ORDINAL_POSITION"),
                        new ColumnShape(name, name.toLowerCase(Locale.ROOT), type, typeName, kind));
                if ("YES".equals(rows.getString("IS_AUTOINCREMENT"))) {
                    identity = name;
                }
            }
            columns.addAll(ordered.values());
        }
        var primaryKey = new TreeMap<Integer, String>();
        try (var rows = metadata.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                primaryKey.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        var references = new LinkedHashSet<String>();
        var selfReferences = new ArrayList<String>();
        String key = table.toLowerCase(Locale.ROOT);
        try (var rows = metadata.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                String parent = rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (parent.equals(key)) {
                    selfReferences.add(rows.getString("FKCOLUMN_NAME"));
                } else {
                    references.add(parent);
                }
            }
        }
        return new TableShape(
                table,
                key,
                List.copyOf(columns),
                List.copyOf(primaryKey.values()),
                Set.copyOf(references),
                List.copyOf(selfReferences),
                identity);
    }

    /** Parents first (a topological order, alphabetical among equals, so every run agrees). */
    private static List<TableShape> inInsertOrder(Map<String, TableShape> shapes) {
        var ordered = new ArrayList<TableShape>();
        var placed = new LinkedHashSet<String>();
        while (placed.size() < shapes.size()) {
            boolean progress = false;
            for (TableShape table : shapes.values()) {
                if (!placed.contains(table.key())
                        && table.references().stream().allMatch(r -> placed.contains(r) || !shapes.containsKey(r))) {
                    ordered.add(table);
                    placed.add(table.key());
                    progress = true;
                }
            }
            if (!progress) {
                var rest = new ArrayList<>(shapes.keySet());
                rest.removeAll(placed);
                throw new IllegalStateException("Foreign keys form a cycle among " + rest
                        + "; backups restore tables parents first and can't order these");
            }
        }
        return List.copyOf(ordered);
    }

    Dialect dialect() {
        return dialect;
    }

    List<TableShape> tables() {
        return tables;
    }

    Optional<TableShape> table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** Whether Flyway has migrated this database (its history table exists). */
    boolean migrated() {
        return history != null;
    }

    /** The table's name, with its schema, quoted for SQL. */
    String qualified(TableShape table) {
        return qualified(table.name());
    }

    private String qualified(String name) {
        return (schema == null ? "" : Dialect.quote(schema) + ".") + Dialect.quote(name);
    }

    /** Flyway's history table quoted for SQL; only when {@link #migrated()}. */
    String historyTable() {
        if (history == null) {
            throw new IllegalStateException("No Flyway history in this database");
        }
        return qualified(history);
    }
}
