package org.factline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.factline.AbstractIntegrationTest;
import org.factline.backup.archive.DatabaseRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code backup FILE} and {@code restore FILE [--replace]} run in-process, as the jar's main runs
 * them: against the test's database and a second, empty one, given as Spring properties.
 */
class BackupCommandTest extends AbstractIntegrationTest {

    @Autowired
    DataSource dataSource;

    @TempDir
    Path temp;

    record Result(int status, String out, String err) {}

    private Result run(String command, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = BackupCommand.run(
                command,
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<String> database(String url, String... more) {
        var args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=sa"));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void backup_and_restore_from_the_command_line() throws Exception {
        Path file = temp.resolve("nightly/workspace.zip");
        var source = database("jdbc:h2:mem:factline-test;DB_CLOSE_DELAY=-1");
        source.addFirst(file.toString());
        var backup = run("backup", source.toArray(String[]::new));
        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backup written: " + file).contains("schema version");
        assertThat(backup.err()).contains("Writing app_user");
        assertThat(Files.exists(file)).isTrue();

        Path index = Files.createDirectories(temp.resolve("index"));
        Files.writeString(index.resolve("factline-index-schema.properties"), "Article=old\n");
        String target = "jdbc:h2:mem:cli-target-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        var restoreArgs = database(target, "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index);
        restoreArgs.addFirst(file.toString());
        var restore = run("restore", restoreArgs.toArray(String[]::new));
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored").contains("search index is rebuilt when Factline starts");
        assertThat(Files.exists(index.resolve("factline-index-schema.properties")))
                .isFalse();
        var restored = new org.h2.jdbcx.JdbcDataSource();
        restored.setURL(target);
        restored.setUser("sa");
        assertThat(DatabaseRows.of(restored, false).get("app_user"))
                .isEqualTo(DatabaseRows.of(dataSource, false).get("app_user"));

        var again = run("restore", restoreArgs.toArray(String[]::new));
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err())
                .contains("the workspace is not empty")
                .contains("--replace")
                .doesNotContain("Exception");

        restoreArgs.add("--replace");
        assertThat(run("restore", restoreArgs.toArray(String[]::new)).status()).isZero();
        try (var connection = restored.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("shutdown");
        }
    }

    @Test
    void a_damaged_file_or_a_missing_argument_gives_a_message_and_an_exit_status() throws Exception {
        Path broken = temp.resolve("broken.zip");
        Files.writeString(broken, "PK not really");
        var args = database("jdbc:h2:mem:cli-broken-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        args.addFirst(broken.toString());
        var refused = run("restore", args.toArray(String[]::new));
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err())
                .contains("broken.zip is not a complete backup archive")
                .doesNotContain("\tat ");

        var usage = run("backup");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.err()).contains("Usage: backup FILE | restore FILE [--replace]");
    }
}
