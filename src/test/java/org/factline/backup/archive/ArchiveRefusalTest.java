package org.factline.backup.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.factline.AbstractIntegrationTest;
import org.factline.base.ValidationException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A restore refuses, with a message saying why and without changing anything, whatever can't be
 * trusted: a cut-short or damaged file, a changed byte, an archive from a newer release, and a
 * workspace that holds data when replacing it wasn't confirmed.
 */
class ArchiveRefusalTest extends AbstractIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Migrations migrations;

    @TempDir
    Path temp;

    Path good;
    JdbcDataSource target;
    Map<String, List<List<Object>>> before;

    @BeforeEach
    void aRestoredWorkspace() throws Exception {
        good = temp.resolve("good.zip");
        ArchiveRoundTripTest.backUp(dataSource, good, ArchiveListener.NONE);
        target = DatabaseRows.emptyH2("refusals");
        new ArchiveRestorer(target, migrations).restore(good, false, ArchiveListener.NONE);
        before = DatabaseRows.of(target, false);
    }

    @AfterEach
    void dropTarget() throws Exception {
        DatabaseRows.shutdown(target);
    }

    private void assertRefused(Path archive, String message) throws Exception {
        assertThatThrownBy(() -> new ArchiveRestorer(target, migrations).restore(archive, true, ArchiveListener.NONE))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(message);
        assertThat(DatabaseRows.of(target, false))
                .as("the workspace after the refusal")
                .isEqualTo(before);
    }

    @Test
    void a_truncated_archive_is_refused() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        Path cut = temp.resolve("cut.zip");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(cut, "not a complete backup archive");
    }

    @Test
    void a_changed_byte_in_a_table_fails_its_checksum() throws Exception {
        Path changed = rewrite("changed.zip", (name, bytes) -> {
            if (name.equals("tables/app_user.jsonl")) {
                bytes = bytes.clone();
                int at = new String(bytes, StandardCharsets.UTF_8).indexOf("\"username\":\"") + 12;
                bytes[at] ^= 0x01; // one letter of a username
            }
            return bytes;
        });
        assertRefused(changed, "the checksum of table app_user doesn't match");
    }

    @Test
    void a_flipped_byte_anywhere_in_the_file_is_refused() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        // Inside the compressed rows of the largest table (the zip's own headers are small).
        bytes[bytes.length / 3] ^= 0x5a;
        Path flipped = temp.resolve("flipped.zip");
        Files.write(flipped, bytes);
        assertRefused(flipped, "can't be restored");
    }

    @Test
    void a_row_count_that_disagrees_with_the_manifest_is_refused() throws Exception {
        Path changed = rewrite(
                "count.zip",
                (name, bytes) -> name.equals(Manifest.ENTRY)
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replaceFirst("\"rows\" : (\\d+)", "\"rows\" : 999999")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes);
        assertRefused(changed, "rows where its manifest says 999999");
    }

    @Test
    void an_archive_from_a_newer_schema_version_is_refused() throws Exception {
        Path newer = rewrite(
                "newer.zip",
                (name, bytes) -> name.equals(Manifest.ENTRY)
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replaceFirst("\"schemaVersion\" : \"[^\"]+\"", "\"schemaVersion\" : \"999\"")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes);
        assertRefused(newer, "the backup is from a newer Factline (schema version 999");
    }

    @Test
    void an_archive_without_manifest_or_not_a_zip_is_refused() throws Exception {
        Path bare = rewrite("bare.zip", (name, bytes) -> name.equals(Manifest.ENTRY) ? null : bytes);
        assertRefused(bare, "has no manifest.json: not a Factline backup");
        Path text = temp.resolve("notes.zip");
        Files.writeString(text, "these are not the rows you are looking for");
        assertRefused(text, "not a complete backup archive");
    }

    @Test
    void a_workspace_with_data_is_replaced_only_when_that_is_confirmed() throws Exception {
        assertThatThrownBy(() -> new ArchiveRestorer(target, migrations).restore(good, false, ArchiveListener.NONE))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("the workspace is not empty")
                .hasMessageContaining("--replace");
        assertThat(DatabaseRows.of(target, false)).isEqualTo(before);

        var outcome = new ArchiveRestorer(target, migrations).restore(good, true, ArchiveListener.NONE);
        assertThat(outcome.schemaRecreated()).isFalse();
        assertThat(DatabaseRows.of(target, false)).isEqualTo(before);
    }

    /** A copy of the good archive with entries changed (null drops one). */
    private Path rewrite(String name, BiFunction<String, byte[], byte[]> change) throws IOException {
        Path copy = temp.resolve(name);
        try (var zip = new ZipFile(good.toFile());
                var out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : zip.stream().toList()) {
                byte[] bytes =
                        change.apply(entry.getName(), zip.getInputStream(entry).readAllBytes());
                if (bytes != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        return copy;
    }
}
