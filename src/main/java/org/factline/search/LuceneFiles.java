package org.factline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What an index directory on disk must hold for Lucene to open it again. */
final class LuceneFiles {

    private LuceneFiles() {}

    /**
     * True when {@code directory} holds a Lucene commit point ({@code segments_N}), itself or in
     * each of its subdirectories (one per shard).
     */
    static boolean holdIndex(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> children = Files.list(directory)) {
            var entries = children.toList();
            if (entries.stream().anyMatch(LuceneFiles::isCommitPoint)) {
                return true;
            }
            var shards = entries.stream().filter(Files::isDirectory).toList();
            return !shards.isEmpty() && shards.stream().allMatch(LuceneFiles::holdIndex);
        } catch (IOException | UncheckedIOException gone) {
            return false;
        }
    }

    private static boolean isCommitPoint(Path file) {
        return file.getFileName().toString().startsWith("segments_");
    }
}
