package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factline.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The lost-index check on the shared context (in-memory indexes: never "lost"), the notice's
 * roles, and what counts as an index on disk. Deleting a real index directory while running is
 * PostgresOutageTest's.
 */
class SearchIndexWatchTest extends AbstractIntegrationTest {

    @Autowired
    SearchIndexService indexes;

    @Test
    void in_memory_indexes_are_never_lost_and_no_rebuild_notice_shows_when_none_runs() {
        signIn(user("watch-checker", org.factline.security.AppRoles.Role.FACT_CHECKER));
        assertThat(indexes.lostOnDisk()).isFalse();
        assertThat(indexes.rebuildNotice()).isEmpty();
    }

    @Test
    void the_rebuild_notice_is_refused_to_someone_not_signed_in() {
        // Every role may search; without a sign-in the call is refused.
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> indexes.rebuildNotice())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void an_index_directory_holds_an_index_only_with_a_commit_point_in_every_shard(@TempDir Path root)
            throws Exception {
        Path index = root.resolve("claim");
        assertThat(LuceneFiles.holdIndex(index)).as("missing").isFalse();
        Files.createDirectories(index.resolve("0"));
        Files.createDirectories(index.resolve("1"));
        Files.createFile(index.resolve("0").resolve("segments_3"));
        assertThat(LuceneFiles.holdIndex(index)).as("one shard empty").isFalse();
        Files.createFile(index.resolve("1").resolve("segments_1"));
        assertThat(LuceneFiles.holdIndex(index)).isTrue();
    }
}
