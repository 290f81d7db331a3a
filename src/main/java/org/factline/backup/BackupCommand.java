package org.factline.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.factline.backup.archive.ArchiveListener;
import org.factline.backup.archive.ArchiveRestorer;
import org.factline.backup.archive.ArchiveWriter;
import org.factline.backup.archive.Manifest;
import org.factline.backup.archive.Migrations;
import org.factline.backup.archive.RestoreOutcome;
import org.factline.base.ValidationException;
import org.factline.search.SearchIndexDirectory;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar factline.jar backup FILE} and {@code restore FILE [--replace]}: the same
 * archive engine as the Backups page, in a small Spring context of its own with just the
 * database connection (as configured: {@code FACTLINE_DB_URL} or the H2 file under
 * {@code FACTLINE_DATA_DIR}) and the migrations; no web server, no search engine. A restore makes
 * the next start of Factline rebuild the search index. Further {@code --name=value} arguments are
 * Spring properties, e.g. {@code --spring.datasource.url=…}.
 */
public final class BackupCommand {

    static final String USAGE = "Usage: backup FILE | restore FILE [--replace]";

    private BackupCommand() {}

    /** @return 0 on success, 1 when the backup or restore failed or was refused, 2 on a usage error */
    public static int run(String command, List<String> args, PrintStream out, PrintStream err) {
        var files = new ArrayList<String>();
        var properties = new ArrayList<String>();
        boolean replace = false;
        for (String arg : args) {
            if (arg.equals("--replace") && command.equals("restore")) {
                replace = true;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                properties.add(arg);
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(files.getFirst());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandContext.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(properties.toArray(String[]::new))) {
            var dataSource = context.getBean(DataSource.class);
            var migrations = context.getBean(Migrations.class);
            if (command.equals("backup")) {
                return backup(dataSource, file, out, err);
            }
            RestoreOutcome outcome = new ArchiveRestorer(dataSource, migrations).restore(file, replace, progress(err));
            out.println(BackupJobs.restoredSummary(outcome, file));
            Path index = SearchIndexDirectory.root(context.getEnvironment());
            if (index != null) {
                SearchIndexDirectory.requireRebuild(index);
                out.println(
                        "The search index is rebuilt when Factline starts next (progress on the Search index page).");
            }
            return 0;
        } catch (ValidationException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println(command + " failed: " + causes(e));
            return 1;
        }
    }

    private static int backup(DataSource dataSource, Path file, PrintStream out, PrintStream err)
            throws IOException, SQLException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        Manifest manifest;
        try (OutputStream target = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            manifest = new ArchiveWriter(dataSource, Clock.systemUTC(), BackupJobs.APP_VERSION)
                    .write(target, progress(err));
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.printf(
                Locale.ROOT,
                "Backup written: %s (%d rows in %d tables, schema version %s, %d bytes)%n",
                file,
                manifest.totalRows(),
                manifest.tables().size(),
                manifest.schemaVersion(),
                Files.size(absolute));
        return 0;
    }

    /** A line on stderr per table, so stdout carries only the outcome. */
    private static ArchiveListener progress(PrintStream err) {
        var last = new String[] {""};
        return (step, table, done, total) -> {
            String line = table.isEmpty() ? step : step + " " + table;
            if (!line.equals(last[0])) {
                last[0] = line;
                err.printf(Locale.ROOT, "%s (%d of %d rows)%n", line, done, total);
            }
        };
    }

    private static String causes(Throwable e) {
        var text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    /**
     * The command line's context: the data source as the application configures it, the Java
     * migrations Spring hands to Flyway, and the backup engine's migrations. Not a component, so
     * the application's own scan leaves it alone.
     */
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    @ComponentScan(
            basePackages = "org.factline",
            useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = JavaMigration.class))
    @Import(BackupConfig.class)
    static class CommandContext {}
}
