package org.factline.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The data folder ({@code factline.data-dir}) exists from the start, whatever the database: the
 * health check measures the free space of its disk (a folder that isn't there has none), and the
 * search index and backups go below it.
 */
@Component
class DataFolder {

    DataFolder(@Value("${factline.data-dir:./data}") Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("The data folder " + folder.toAbsolutePath() + " can't be created", e);
        }
    }
}
