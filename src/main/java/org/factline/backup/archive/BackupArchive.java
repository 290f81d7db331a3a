package org.factline.backup.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.factline.base.ValidationException;
import tools.jackson.core.JacksonException;

/**
 * An archive opened for reading: its manifest, and its parts through {@link PartReader}. Opening
 * refuses what is not a whole Factline archive (cut short, not a zip, no or unreadable manifest,
 * a newer archive format); {@link #verify} reads every part once and refuses a wrong checksum, a
 * wrong row count or a row that can't be read, before a restore changes anything.
 */
public final class BackupArchive implements Closeable {

    private final ZipFile zip;
    private final Manifest manifest;
    private final PartReader parts;

    private BackupArchive(ZipFile zip, Manifest manifest, String name) {
        this.zip = zip;
        this.manifest = manifest;
        this.parts = new PartReader(zip, name);
    }

    public static BackupArchive open(Path file) {
        String name = String.valueOf(file.getFileName());
        ZipFile zip;
        try {
            if (Files.size(file) == 0) {
                throw new ValidationException(name + " is empty: not a backup.");
            }
            zip = new ZipFile(file.toFile());
        } catch (NoSuchFileException e) {
            throw new ValidationException("There is no backup " + file + ".");
        } catch (ZipException e) {
            throw new ValidationException(name + " is not a complete backup archive: the file is damaged, cut short"
                    + " or not a zip file (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw new ValidationException(name + " can't be read: " + e.getMessage());
        }
        try {
            return new BackupArchive(zip, manifest(zip, name), name);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Manifest manifest(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new ValidationException(name + " has no " + Manifest.ENTRY + ": not a Factline backup.");
        }
        Manifest manifest;
        try (var in = zip.getInputStream(entry)) {
            manifest = Json.MAPPER.readValue(in, Manifest.class);
        } catch (IOException | JacksonException e) {
            throw new ValidationException("The " + Manifest.ENTRY + " of " + name
                    + " can't be read: the file is damaged (" + e.getMessage() + ").");
        }
        if (!Manifest.FORMAT.equals(manifest.format())) {
            throw new ValidationException(name + " is not a Factline backup.");
        }
        if (manifest.formatVersion() > Manifest.FORMAT_VERSION) {
            throw new ValidationException(name + " was written by a newer Factline (archive format "
                    + manifest.formatVersion() + "; this one reads up to " + Manifest.FORMAT_VERSION + ").");
        }
        var seen = new HashSet<String>();
        for (Manifest.Part part : manifest.tables()) {
            if (!seen.add(part.table())) {
                throw new ValidationException(name + " lists table " + part.table() + " twice: not a valid backup.");
            }
        }
        return manifest;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** Reads every part and checks it against the manifest; the listener hears "Checking". */
    public void verify(ArchiveListener listener) throws SQLException {
        long total = manifest.totalRows();
        long done = 0;
        for (Manifest.Part part : manifest.tables()) {
            long before = done;
            long[] rows = {0};
            listener.progress("Checking", part.table(), done, total);
            parts.read(
                    part,
                    new PartReader.Row() {
                        @Override
                        public void value(int column, tools.jackson.core.JsonParser parser) {
                            part.columns().get(column).type().check(parser);
                        }

                        @Override
                        public void end() {
                            rows[0]++;
                        }
                    },
                    () -> listener.progress("Checking", part.table(), before + rows[0], total));
            done += part.rows();
        }
        listener.progress("Checked", "", done, total);
    }

    PartReader parts() {
        return parts;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }
}
