package org.factline.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Properties;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.jspecify.annotations.Nullable;

/**
 * Remembers, next to an index kept on disk, which schema its documents were written with. A
 * release that adds or changes indexed fields leaves the counts equal but the documents
 * incomplete; comparing these marks at startup tells which indexes must be rebuilt.
 */
final class IndexSchemaMarks {

    /**
     * Raise when the analysis of an existing field changes (the field list alone can't show that).
     */
    static final int ANALYSIS_REVISION = 1;

    static final String FILE = "factline-index-schema.properties";

    private final @Nullable Path root;

    /** @param root the index root directory, or null when indexes aren't kept on disk */
    IndexSchemaMarks(@Nullable Path root) {
        this.root = root;
    }

    /** Whether the index was written with another schema than the running application's (or unknown). */
    boolean stale(IndexDescriptor index) {
        return root != null && !fingerprint(index).equals(read().getProperty(index.hibernateSearchName()));
    }

    /** Records that the index now holds documents of the running application's schema. */
    synchronized void markCurrent(IndexDescriptor index) {
        if (root == null) {
            return;
        }
        var marks = read();
        marks.setProperty(index.hibernateSearchName(), fingerprint(index));
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, FILE, ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                marks.store(out, "Schema of each search index's documents; a mismatch at startup rebuilds it");
            }
            Files.move(temp, root.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fingerprint(IndexDescriptor index) {
        var text = new StringBuilder("analysis " + ANALYSIS_REVISION + "\n");
        // Visibility excludes the audiences a user is not part of: documents written with an
        // audience name that no longer exists would be visible to everyone until rebuilt.
        text.append("audiences ").append(Arrays.toString(Audience.values())).append('\n');
        index.staticFields().stream()
                .sorted(Comparator.comparing(IndexFieldDescriptor::absolutePath))
                .forEach(field -> {
                    text.append(field.absolutePath()).append(field.multiValued() ? "[]" : "");
                    if (field.isValueField()) {
                        var type = field.toValueField().type();
                        text.append(' ')
                                .append(type.valueClass().getName())
                                .append(type.searchable() ? " searchable" : "")
                                .append(type.sortable() ? " sortable" : "")
                                .append(type.projectable() ? " projectable" : "")
                                .append(type.aggregable() ? " aggregable" : "")
                                .append(' ')
                                .append(type.analyzerName().orElse("-"))
                                .append('/')
                                .append(type.searchAnalyzerName().orElse("-"))
                                .append('/')
                                .append(type.normalizerName().orElse("-"))
                                .append(' ')
                                .append(type.traits());
                    }
                    text.append('\n');
                });
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Properties read() {
        var marks = new Properties();
        if (root != null && Files.isRegularFile(root.resolve(FILE))) {
            try (Reader in = Files.newBufferedReader(root.resolve(FILE), StandardCharsets.UTF_8)) {
                marks.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return marks;
    }
}
