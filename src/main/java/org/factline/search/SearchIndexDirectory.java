package org.factline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * Where the search indexes live on disk, for tools that run without the search engine (the
 * {@code restore} command line): they can ask for every index to be rebuilt at the next start.
 */
public final class SearchIndexDirectory {

    private static final String PREFIX = "spring.jpa.properties.hibernate.search.backend.directory.";

    private SearchIndexDirectory() {}

    /**
     * The index root directory, or null when indexes aren't kept on disk (in-memory in tests, or on
     * a remote engine in the cluster profile).
     */
    public static @Nullable Path root(Environment environment) {
        if (SearchEngine.remote(environment)) {
            return null;
        }
        String type = environment.getProperty(PREFIX + "type", "local-filesystem");
        String root = environment.getProperty(PREFIX + "root");
        return type.equals("local-filesystem") && root != null ? Path.of(root) : null;
    }

    /**
     * Makes the next start rebuild every index from the database (in the background, with progress
     * on the Search index page): the indexes' schema marks are forgotten, so none counts as
     * current. The indexes themselves stay until then, so a running node keeps searching.
     */
    public static void requireRebuild(Path root) {
        try {
            Files.deleteIfExists(root.resolve(IndexSchemaMarks.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
