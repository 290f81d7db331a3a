package org.factline.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups ({@code factline.backup.*}).
 *
 * @param dir where backups are written and listed ({@code FACTLINE_BACKUP_DIR})
 * @param cron when the scheduled backup runs (Spring cron, server time zone); {@code -} turns it off
 * @param keepDaily scheduled backups kept: the newest of each of this many days
 * @param keepWeekly and the newest of each of this many ISO weeks
 */
@ConfigurationProperties("factline.backup")
public record BackupProperties(
        Path dir,
        @DefaultValue("0 0 3 * * *") String cron,
        @DefaultValue("7") int keepDaily,
        @DefaultValue("4") int keepWeekly) {}
