package org.factline.backup.archive;

/** Told how far a backup or restore has got, after every few thousand rows and at each table's end. */
@FunctionalInterface
public interface ArchiveListener {

    ArchiveListener NONE = (step, table, done, total) -> {};

    /**
     * @param step what is happening, e.g. "Writing", "Checking", "Restoring"
     * @param table the table being worked on, or empty between tables
     * @param done rows handled so far, over all tables
     * @param total rows in all (0 while unknown)
     */
    void progress(String step, String table, long done, long total);
}
