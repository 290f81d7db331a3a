package org.factline.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factline.backup.archive.BackupArchive;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.springframework.stereotype.Component;

/**
 * The backup directory: names of new backups, the list, and files looked up by name. A name is
 * only ever a plain file name of this directory ending in {@code .zip}, so nobody reaches another
 * path through it. A backup is written under a temporary name and renamed when complete, so the
 * list never shows a half-written one.
 */
@Component
class BackupFiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.zip");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Clock clock;

    BackupFiles(BackupProperties properties, Clock clock) {
        this.dir = properties.dir().toAbsolutePath().normalize();
        this.clock = clock;
    }

    Path dir() {
        return dir;
    }

    /** Newest first. */
    List<BackupSummary> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f))
                    .map(BackupFiles::summary)
                    .sorted(Comparator.comparing(BackupSummary::createdAt)
                            .reversed()
                            .thenComparing(BackupSummary::name, Comparator.reverseOrder()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BackupSummary summary(Path file) {
        String name = file.getFileName().toString();
        try {
            String version;
            try (var archive = BackupArchive.open(file)) {
                version = archive.manifest().schemaVersion();
            } catch (ValidationException e) {
                version = null;
            }
            return new BackupSummary(
                    name,
                    Files.size(file),
                    Files.getLastModifiedTime(file).toInstant(),
                    BackupSummary.Kind.ofName(name),
                    version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An existing backup by its name. */
    Path resolve(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new ValidationException("\u201c" + name + "\u201d is not the name of a backup.");
        }
        Path file = dir.resolve(name).normalize();
        if (!file.getParent().equals(dir) || !Files.isRegularFile(file)) {
            throw new ItemNotFoundException("There is no backup " + name + " (any more).");
        }
        return file;
    }

    /** A name for a new backup of the given kind, not taken yet. */
    Path newFile(BackupSummary.Kind kind) {
        String stem = "factline-" + STAMP.format(clock.instant());
        Path file = dir.resolve(stem + kind.suffix + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(stem + "-" + n + kind.suffix + ".zip");
        }
        return file;
    }

    /** Where a backup is written until it is complete. */
    static Path partial(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }

    static void complete(Path partial, Path file) throws IOException {
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    void delete(String name) {
        try {
            Files.delete(resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
