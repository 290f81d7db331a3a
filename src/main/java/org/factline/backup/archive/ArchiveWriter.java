package org.factline.backup.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.factline.base.ValidationException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes a workspace into an archive: every table's rows as JSON Lines, then the manifest. All
 * tables are read in one read-only snapshot transaction, so the archive is one moment of the
 * workspace while people go on working (writers are never locked out), and rows stream from the
 * database to the zip without a table ever being held in memory.
 */
public final class ArchiveWriter {

    private static final int FETCH_SIZE = 500;
    private static final int REPORT_EVERY = 2_000;

    private final DataSource dataSource;
    private final Clock clock;
    private final String appVersion;

    public ArchiveWriter(DataSource dataSource, Clock clock, String appVersion) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /** Writes the archive to {@code target} (left open) and returns its manifest. */
    public Manifest write(OutputStream target, ArchiveListener listener) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Dialect.of(connection).snapshotIsolation());
            try {
                return write(connection, target, listener);
            } finally {
                connection.rollback(); // it only read
            }
        }
    }

    private Manifest write(Connection connection, OutputStream target, ArchiveListener listener)
            throws IOException, SQLException {
        var schema = DatabaseSchema.read(connection);
        if (!schema.migrated()) {
            throw new ValidationException("This database has no Factline schema to back up.");
        }
        // The first statement fixes the snapshot: the version and the counts belong to it.
        String version = SchemaVersion.current(connection, schema)
                .orElseThrow(() -> new ValidationException("This database has no Factline schema to back up."))
                .getVersion();
        Map<TableShape, Long> counts = new LinkedHashMap<>();
        for (TableShape table : schema.tables()) {
            counts.put(table, count(connection, schema, table));
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        var zip = new ZipOutputStream(new NonClosing(target)); // the caller's stream stays open
        var parts = new ArrayList<Manifest.Part>();
        long done = 0;
        for (TableShape table : schema.tables()) {
            listener.progress("Writing", table.key(), done, total);
            String file = "tables/" + table.key() + ".jsonl";
            zip.putNextEntry(new ZipEntry(file));
            var digest = new DigestOutputStream(new NonClosing(zip), sha256());
            long rows = writeRows(connection, schema, table, digest, done, total, listener);
            zip.closeEntry();
            if (rows != counts.get(table)) {
                throw new IllegalStateException("Table " + table.key() + " changed inside the backup's snapshot");
            }
            done += rows;
            parts.add(new Manifest.Part(
                    table.key(),
                    file,
                    rows,
                    HexFormat.of().formatHex(digest.getMessageDigest().digest()),
                    table.columns().stream()
                            .map(c -> new Manifest.Column(c.key(), c.kind()))
                            .toList()));
        }
        var manifest = new Manifest(
                Manifest.FORMAT,
                Manifest.FORMAT_VERSION,
                version,
                clock.instant(),
                appVersion,
                connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion(),
                parts);
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(zip), manifest);
        zip.closeEntry();
        zip.finish();
        zip.close();
        listener.progress("Written", "", done, total);
        return manifest;
    }

    private static long count(Connection connection, DatabaseSchema schema, TableShape table) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from " + schema.qualified(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long writeRows(
            Connection connection,
            DatabaseSchema schema,
            TableShape table,
            OutputStream out,
            long before,
            long total,
            ArchiveListener listener)
            throws SQLException {
        String columns =
                table.columns().stream().map(c -> Dialect.quote(c.name())).collect(Collectors.joining(", "));
        String order = table.primaryKey().isEmpty()
                ? ""
                : " order by " + table.primaryKey().stream().map(Dialect::quote).collect(Collectors.joining(", "));
        List<ColumnShape> shapes = table.columns();
        long rows = 0;
        try (var statement =
                        connection.prepareStatement("select " + columns + " from " + schema.qualified(table) + order);
                JsonGenerator json = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            statement.setFetchSize(FETCH_SIZE);
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    json.writeStartObject();
                    for (int i = 0; i < shapes.size(); i++) {
                        json.writeName(shapes.get(i).key());
                        shapes.get(i).kind().write(result, i + 1, json);
                    }
                    json.writeEndObject();
                    json.writeRaw('\n');
                    if (++rows % REPORT_EVERY == 0) {
                        listener.progress("Writing", table.key(), before + rows, total);
                    }
                }
            }
        }
        return rows;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets a part's writer close its own layers without closing the zip under it. */
    static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
