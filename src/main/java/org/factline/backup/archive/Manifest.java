package org.factline.backup.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An archive's {@code manifest.json}: what wrote it, from which schema, and for every table its
 * part, row count and SHA-256 (docs/backup.md).
 *
 * @param format always {@link #FORMAT}
 * @param formatVersion the layout of the archive itself, {@link #FORMAT_VERSION}
 * @param schemaVersion the Flyway version of the schema the rows belong to
 * @param database the product and version that wrote it (for people; restores don't depend on it)
 * @param tables in the order they were written: parents before the tables pointing to them
 */
public record Manifest(
        String format,
        int formatVersion,
        String schemaVersion,
        Instant createdAt,
        String appVersion,
        String database,
        List<Part> tables) {

    public static final String FORMAT = "factline-backup";
    public static final int FORMAT_VERSION = 1;
    public static final String ENTRY = "manifest.json";

    public Manifest {
        tables = List.copyOf(tables);
    }

    /**
     * One table's rows, one JSON object per line.
     *
     * @param file the zip entry, {@code tables/<table>.jsonl}
     * @param sha256 of the entry's uncompressed bytes, lower-case hex
     */
    public record Part(String table, String file, long rows, String sha256, List<Column> columns) {
        public Part {
            columns = List.copyOf(columns);
        }
    }

    /** A column and the kind of its values ({@link ColumnKind}). */
    public record Column(String name, ColumnKind type) {}

    public long totalRows() {
        return tables.stream().mapToLong(Part::rows).sum();
    }

    Optional<Part> part(String table) {
        return tables.stream().filter(p -> p.table().equals(table)).findFirst();
    }
}
