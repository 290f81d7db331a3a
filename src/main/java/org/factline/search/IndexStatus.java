package org.factline.search;

import java.util.List;

/**
 * How the search index compares with the database.
 *
 * @param types one row per indexed type
 * @param sizeBytes disk (or heap) size of all indexes
 * @param rebuild the running or last rebuild, if any since start
 */
public record IndexStatus(List<TypeCount> types, long sizeBytes, RebuildProgress rebuild) {

    public IndexStatus {
        types = List.copyOf(types);
    }

    public boolean consistent() {
        return types.stream().allMatch(t -> t.database() == t.indexed());
    }

    /** Rows in the database and documents in the index for one entity type. */
    public record TypeCount(String type, long database, long indexed) {}
}
