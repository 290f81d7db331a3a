package org.factline;

import java.time.Clock;
import java.util.Arrays;
import org.factline.article.extract.ExtractCommand;
import org.factline.backup.BackupCommand;
import org.factline.base.StartupTimeline;
import org.factline.base.StartupTraining;
import org.factline.worthiness.ScoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableResilientMethods
@EnableScheduling
public class FactlineApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("extract")) {
            // Batch tool: no web server, no database; only the extraction engine.
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(ExtractCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("score-sentences")) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(
                    ScoreCommand.run(Arrays.asList(args).subList(1, args.length), System.in, System.out, System.err));
        }
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            // The database and the migrations only: no web server, no search engine. Spring Boot's
            // logging reads these: warnings only, on stderr, so stdout carries the outcome.
            System.setProperty("logging.config", "classpath:logback-cli.xml");
            System.setProperty("logging.level.org.flywaydb.core.internal.database.base.Database", "error");
            System.exit(
                    BackupCommand.run(args[0], Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        var application = new SpringApplication(FactlineApplication.class);
        if (StartupTimeline.requested()) {
            var startup = StartupTimeline.record(application);
            application.run(args);
            System.out.println(StartupTimeline.report(startup));
            return;
        }
        if (StartupTraining.requested()) {
            System.exit(StartupTraining.exercise(application.run(args)));
        }
        application.run(args);
    }

    /** All "now" in the application comes from here, so tests can control time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
