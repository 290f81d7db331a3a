package org.factline.backup.archive;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.factline.base.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads one table's part of an archive row by row, hands every value to a {@link Row} visitor and
 * checks the part against its manifest entry: row count and SHA-256 of its bytes. Anything that
 * doesn't fit becomes a {@link ValidationException} naming the table, for the person restoring.
 */
final class PartReader {

    /** Receives the values of one row, then its end. */
    interface Row {
        /** The parser is on the value of column {@code column} (its index in the part's columns). */
        void value(int column, JsonParser parser) throws SQLException;

        void end() throws SQLException;
    }

    private final ZipFile zip;
    private final String archiveName;

    PartReader(ZipFile zip, String archiveName) {
        this.zip = zip;
        this.archiveName = archiveName;
    }

    /** @return the number of rows read, which matched the manifest, as did the checksum */
    long read(Manifest.Part part, Row row, Runnable everyFewRows) throws SQLException {
        ZipEntry entry = zip.getEntry(part.file());
        if (entry == null) {
            throw refusal("its part " + part.file() + " for table " + part.table() + " is missing");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < part.columns().size(); i++) {
            columns.put(part.columns().get(i).name(), i);
        }
        var digest = ArchiveWriter.sha256();
        long rows = 0;
        try (InputStream raw = zip.getInputStream(entry);
                var in = new DigestInputStream(raw, digest)) {
            try (JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), in)) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token != JsonToken.START_OBJECT) {
                        throw new IllegalArgumentException("a row is not a JSON object");
                    }
                    for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                        Integer column = columns.get(name);
                        if (column == null) {
                            throw new IllegalArgumentException("column " + name + " is not in the manifest");
                        }
                        parser.nextToken();
                        row.value(column, parser);
                    }
                    row.end();
                    rows++;
                    if (rows % 1_000 == 0) {
                        everyFewRows.run();
                    }
                }
            } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
                drain(in);
                checkDigest(part, digest.digest());
                throw refusal(
                        "row " + (rows + 1) + " of table " + part.table() + " can't be read (" + message(e) + ")");
            }
        } catch (IOException e) {
            throw refusal("table " + part.table() + " can't be read: the file is damaged (" + e.getMessage() + ")");
        }
        checkDigest(part, digest.digest());
        if (rows != part.rows()) {
            throw refusal("table " + part.table() + " holds " + rows + " rows where its manifest says " + part.rows());
        }
        return rows;
    }

    private void checkDigest(Manifest.Part part, byte[] actual) {
        if (!HexFormat.of().formatHex(actual).equalsIgnoreCase(part.sha256())) {
            throw refusal("the checksum of table " + part.table()
                    + " doesn't match its manifest: the archive was changed or damaged");
        }
    }

    ValidationException refusal(String why) {
        return new ValidationException(archiveName + " can't be restored: " + why + ".");
    }

    private static String message(Exception e) {
        return e instanceof JacksonException json ? json.getOriginalMessage() : e.getMessage();
    }

    private static void drain(InputStream in) throws IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
    }
}
