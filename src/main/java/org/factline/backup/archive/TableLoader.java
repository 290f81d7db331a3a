package org.factline.backup.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.factline.base.ValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Loads an archive's rows into a schema at the archive's version, in one transaction: every
 * existing row is deleted, then each table is filled in batches, parents before the tables whose
 * foreign keys point to them (the order comes from the schema's metadata, so it works the same on
 * every database without switching constraints off). A column pointing into its own table (a
 * reply's parent note) is filled in a second pass, once all of the table's rows exist. After the
 * commit, identity columns continue after the highest restored value.
 */
final class TableLoader {

    private static final int BATCH_ROWS = 200;
    private static final long BATCH_BYTES = 8L * 1024 * 1024;

    private final DataSource dataSource;
    private final BackupArchive archive;

    TableLoader(DataSource dataSource, BackupArchive archive) {
        this.dataSource = dataSource;
        this.archive = archive;
    }

    /** @return the number of rows loaded */
    long load(ArchiveListener listener) throws SQLException {
        Manifest manifest = archive.manifest();
        try (Connection connection = dataSource.getConnection()) {
            var schema = DatabaseSchema.read(connection);
            checkShape(schema, manifest);
            connection.setAutoCommit(false);
            long done = 0;
            try {
                deleteAll(connection, schema);
                for (TableShape table : schema.tables()) {
                    Manifest.Part part = manifest.part(table.key()).orElseThrow();
                    listener.progress("Restoring", table.key(), done, manifest.totalRows());
                    done += insert(connection, schema, table, part, done, listener);
                }
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            for (TableShape table : schema.tables()) {
                schema.dialect().resetIdentity(connection, table, schema.qualified(table));
            }
            listener.progress("Restored", "", done, manifest.totalRows());
            return done;
        }
    }

    /** The archive must hold exactly this schema's tables and columns, of the same kinds. */
    private static void checkShape(DatabaseSchema schema, Manifest manifest) {
        for (Manifest.Part part : manifest.tables()) {
            TableShape table = schema.table(part.table())
                    .orElseThrow(() -> mismatch(manifest, "table " + part.table() + " is not in the schema"));
            for (Manifest.Column column : part.columns()) {
                ColumnShape shape = table.column(column.name())
                        .orElseThrow(() -> mismatch(
                                manifest, "column " + part.table() + "." + column.name() + " is not in the schema"));
                if (shape.kind() != column.type()) {
                    throw mismatch(
                            manifest,
                            "column " + part.table() + "." + column.name() + " holds " + column.type()
                                    + " values where the schema has " + shape.kind());
                }
            }
            if (part.columns().size() != table.columns().size()) {
                throw mismatch(manifest, "table " + part.table() + " has other columns than the schema");
            }
        }
        for (TableShape table : schema.tables()) {
            if (manifest.part(table.key()).isEmpty()) {
                throw mismatch(manifest, "it has no rows for table " + table.key());
            }
        }
    }

    private static ValidationException mismatch(Manifest manifest, String why) {
        return new ValidationException("Not restored: the backup doesn't fit this release's schema at version "
                + manifest.schemaVersion() + ": " + why + ".");
    }

    private static void deleteAll(Connection connection, DatabaseSchema schema) throws SQLException {
        var tables = new ArrayList<>(schema.tables());
        java.util.Collections.reverse(tables);
        try (var statement = connection.createStatement()) {
            for (TableShape table : tables) {
                for (String column : table.selfReferences()) {
                    statement.executeUpdate("update " + schema.qualified(table) + " set " + Dialect.quote(column)
                            + " = null where " + Dialect.quote(column) + " is not null");
                }
                statement.executeUpdate("delete from " + schema.qualified(table));
            }
        }
    }

    private long insert(
            Connection connection,
            DatabaseSchema schema,
            TableShape table,
            Manifest.Part part,
            long before,
            ArchiveListener listener)
            throws SQLException {
        List<ColumnShape> columns = table.columns();
        String names = columns.stream().map(c -> Dialect.quote(c.name())).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + schema.qualified(table) + " (" + names + ") values (" + marks + ")")) {
            var rows = new Rows(table, part, insert);
            long count = archive.parts()
                    .read(
                            part,
                            rows,
                            () -> listener.progress(
                                    "Restoring",
                                    table.key(),
                                    before + rows.count,
                                    archive.manifest().totalRows()));
            rows.flush();
            rows.linkSelfReferences(connection, schema);
            return count;
        }
    }

    /** The rows of one table on their way into its insert statement. */
    private static final class Rows implements PartReader.Row {

        private final TableShape table;
        private final PreparedStatement insert;
        /** For each column of the archive's part, its parameter index in the insert. */
        private final int[] parameter;

        private final boolean[] bound;
        private final int selfReference;
        private final int key;
        private final List<Object[]> links = new ArrayList<>();
        private @Nullable Object rowKey;
        private @Nullable Object rowLink;
        private int batched;
        private long batchedBytes;
        long count;

        Rows(TableShape table, Manifest.Part part, PreparedStatement insert) {
            this.table = table;
            this.insert = insert;
            var columns = table.columns();
            this.parameter = new int[part.columns().size()];
            for (int i = 0; i < parameter.length; i++) {
                String name = part.columns().get(i).name();
                parameter[i] = indexOf(columns, name) + 1;
            }
            this.bound = new boolean[columns.size()];
            if (table.selfReferences().size() > 1
                    || (!table.selfReferences().isEmpty() && table.primaryKey().size() != 1)) {
                throw new IllegalStateException("Table " + table.key()
                        + " points into itself in a way backups can't restore yet (one column, single-column key)");
            }
            this.selfReference = table.selfReferences().isEmpty()
                    ? -1
                    : indexOf(columns, table.selfReferences().getFirst().toLowerCase(java.util.Locale.ROOT));
            this.key = table.primaryKey().size() == 1
                    ? indexOf(columns, table.primaryKey().getFirst().toLowerCase(java.util.Locale.ROOT))
                    : -1;
        }

        private static int indexOf(List<ColumnShape> columns, String key) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).key().equals(key)) {
                    return i;
                }
            }
            throw new IllegalStateException("No column " + key);
        }

        @Override
        public void value(int column, JsonParser parser) throws SQLException {
            int index = parameter[column] - 1;
            ColumnShape shape = table.columns().get(index);
            if (index == key) {
                rowKey = scalar(parser);
            }
            if (index == selfReference) {
                rowLink = scalar(parser);
                insert.setNull(index + 1, shape.jdbcType());
            } else {
                batchedBytes += shape.kind().bind(parser, insert, index + 1, shape.jdbcType());
            }
            bound[index] = true;
        }

        @Override
        public void end() throws SQLException {
            for (int i = 0; i < bound.length; i++) {
                if (!bound[i]) {
                    insert.setNull(i + 1, table.columns().get(i).jdbcType());
                }
            }
            Arrays.fill(bound, false);
            if (rowLink != null) {
                links.add(new Object[] {rowLink, rowKey});
            }
            rowKey = null;
            rowLink = null;
            insert.addBatch();
            count++;
            if (++batched >= BATCH_ROWS || batchedBytes >= BATCH_BYTES) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (batched > 0) {
                insert.executeBatch();
                batched = 0;
                batchedBytes = 0;
            }
        }

        /** Second pass: the references into the table itself, now that every row exists. */
        void linkSelfReferences(Connection connection, DatabaseSchema schema) throws SQLException {
            if (links.isEmpty()) {
                return;
            }
            String sql = "update " + schema.qualified(table) + " set "
                    + Dialect.quote(table.columns().get(selfReference).name()) + " = ? where "
                    + Dialect.quote(table.columns().get(key).name()) + " = ?";
            try (var update = connection.prepareStatement(sql)) {
                for (Object[] link : links) {
                    update.setObject(1, link[0]);
                    update.setObject(2, link[1]);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }

        /** A key's value as JDBC takes it: a whole number or a string. */
        private static @Nullable Object scalar(JsonParser parser) {
            JsonToken token = parser.currentToken();
            return switch (token) {
                case VALUE_NULL -> null;
                case VALUE_NUMBER_INT -> parser.getLongValue();
                default -> parser.getString();
            };
        }
    }
}
