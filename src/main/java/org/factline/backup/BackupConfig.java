package org.factline.backup;

import java.util.List;
import org.factline.backup.archive.Migrations;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The backup engine's view of the migrations; also all the command line's context needs. */
@Configuration
@EnableConfigurationProperties(BackupProperties.class)
class BackupConfig {

    /** The locations Spring Boot gives Flyway, with the Java migrations it hands over. */
    @Bean
    Migrations backupMigrations(Environment environment, ObjectProvider<JavaMigration> javaMigrations) {
        return new Migrations(
                environment.getProperty("spring.flyway.locations", "classpath:db/migration"),
                List.copyOf(javaMigrations.orderedStream().toList()));
    }
}
