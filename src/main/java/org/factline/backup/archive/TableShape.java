package org.factline.backup.archive;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A table as the database describes it: columns, primary key, the tables its foreign keys point
 * to, and its identity column.
 *
 * @param name as the database spells it, for SQL
 * @param key lower case, as the archive names it
 * @param references keys of the other tables this one's foreign keys point to
 * @param selfReferences columns pointing to this table itself (a reply's parent note)
 * @param identity the column the database numbers, if any
 */
record TableShape(
        String name,
        String key,
        List<ColumnShape> columns,
        List<String> primaryKey,
        Set<String> references,
        List<String> selfReferences,
        @Nullable String identity) {

    Optional<ColumnShape> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
