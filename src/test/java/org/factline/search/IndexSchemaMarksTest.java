package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factline.AbstractIntegrationTest;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class IndexSchemaMarksTest extends AbstractIntegrationTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @TempDir
    Path root;

    @Test
    void an_index_without_a_mark_is_stale_until_it_is_rebuilt_and_marked() throws Exception {
        var article = descriptor("Article");
        var claim = descriptor("Claim");
        var marks = new IndexSchemaMarks(root);

        assertThat(marks.stale(article)).isTrue();
        marks.markCurrent(article);

        assertThat(marks.stale(article)).isFalse();
        assertThat(new IndexSchemaMarks(root).stale(article)).as("kept on disk").isFalse();
        assertThat(marks.stale(claim)).as("each index has its own mark").isTrue();
        assertThat(Files.list(root)).hasSize(1);
    }

    @Test
    void another_schema_means_another_mark() {
        var article = descriptor("Article");
        assertThat(IndexSchemaMarks.fingerprint(article))
                .isEqualTo(IndexSchemaMarks.fingerprint(descriptor("Article")));
        assertThat(IndexSchemaMarks.fingerprint(article))
                .isNotEqualTo(IndexSchemaMarks.fingerprint(descriptor("Claim")));
    }

    @Test
    void indexes_kept_in_memory_are_never_stale() {
        assertThat(new IndexSchemaMarks(null).stale(descriptor("Article"))).isFalse();
    }

    private IndexDescriptor descriptor(String entity) {
        return Search.mapping(entityManagerFactory)
                .indexedEntity(entity)
                .indexManager()
                .descriptor();
    }
}
