package org.factline.backup.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.factline.base.ValidationException;

/** What differs between the databases Factline runs on, for backups. */
enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    /** The name Spring Boot and Flyway's vendor folders use ({@code db/vendor/h2}). */
    final String vendor;

    Dialect(String vendor) {
        this.vendor = vendor;
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product.toLowerCase(Locale.ROOT)) {
            case "h2" -> H2;
            case "postgresql" -> POSTGRESQL;
            default -> throw new ValidationException("Backups work on H2 and PostgreSQL, not on " + product + ".");
        };
    }

    /**
     * One snapshot of the whole database that doesn't block writers. PostgreSQL's repeatable read
     * is that snapshot; H2's repeatable read takes each table's snapshot when it is first read,
     * so two tables could disagree, while its serializable level (multi-version, no read locks)
     * fixes the snapshot at the transaction's first statement.
     */
    int snapshotIsolation() {
        return this == H2 ? Connection.TRANSACTION_SERIALIZABLE : Connection.TRANSACTION_REPEATABLE_READ;
    }

    /**
     * Sets the identity column's next value past the highest restored one. H2 changes it with DDL,
     * which commits: run this after the rows are committed.
     */
    void resetIdentity(Connection connection, TableShape table, String quotedTable) throws SQLException {
        String column = table.identity();
        if (column == null) {
            return;
        }
        String quotedColumn = quote(column);
        long next;
        try (var statement = connection.createStatement();
                var max = statement.executeQuery(
                        "select coalesce(max(" + quotedColumn + "), 0) + 1 from " + quotedTable)) {
            max.next();
            next = max.getLong(1);
        }
        try (var statement = connection.createStatement()) {
            if (this == H2) {
                statement.execute(
                        "alter table " + quotedTable + " alter column " + quotedColumn + " restart with " + next);
            } else {
                // The table argument is read as an identifier (quoted to keep its case), the column as written.
                try (var setval =
                        connection.prepareStatement("select setval(pg_get_serial_sequence(?, ?), ?, false)")) {
                    setval.setString(1, quotedTable);
                    setval.setString(2, column);
                    setval.setLong(3, next);
                    setval.execute();
                }
            }
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
