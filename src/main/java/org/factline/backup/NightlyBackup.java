package org.factline.backup;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.factline.base.Correlation;
import org.factline.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The scheduled backup ({@code factline.backup.cron}, 03:00 by default) and its retention. Every
 * node's scheduler fires; the node whose update of the {@code backup_schedule} row succeeds first
 * runs it, the others see a start less than half an interval ago and skip, so clocks a little
 * apart don't make two backups. Afterwards the scheduled backups beyond the retention are deleted.
 */
@Component
class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);
    static final String JOB = "nightly";
    /** This node, as the schedule row names who ran the last backup. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final BackupJobs jobs;
    private final BackupFiles files;
    private final BackupProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone = ZoneId.systemDefault(); // the zone Spring reads the cron in

    NightlyBackup(BackupJobs jobs, BackupFiles files, BackupProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${factline.backup.cron:0 0 3 * * *}")
    void fire() {
        // A backup takes minutes: off the scheduler's thread, which other jobs share.
        Thread.ofVirtual().name("backup-scheduled").start(() -> Correlation.run("backup", this::run));
    }

    /** Claims this run and, if this node got it, backs up and applies the retention. */
    void run() {
        Instant now = clock.instant();
        if (!claim(now, NODE)) {
            log.info("Scheduled backup: another node started it; skipped here");
            return;
        }
        try {
            var backup = jobs.backUp(SystemAuthentication.SYSTEM, BackupSummary.Kind.NIGHTLY);
            log.info("Scheduled backup written: {} ({} bytes)", backup.name(), backup.sizeBytes());
        } catch (RuntimeException e) {
            log.error("Scheduled backup failed: {}", e.getMessage());
            return;
        }
        for (String name :
                BackupRetention.expired(files.list(), properties.keepDaily(), properties.keepWeekly(), zone)) {
            files.delete(name);
            log.info("Scheduled backup {} deleted: beyond the retention", name);
        }
    }

    /** Whether {@code node} may run the backup due at {@code now}: true for exactly one node. */
    boolean claim(Instant now, String node) {
        var at = now.atOffset(ZoneOffset.UTC);
        int claimed = jdbc.update(
                "update backup_schedule set last_started = ?, started_by = ? where job = ?"
                        + " and (last_started is null or last_started < ?)",
                at,
                node,
                JOB,
                now.minus(gap(now)).atOffset(ZoneOffset.UTC));
        if (claimed == 1) {
            return true;
        }
        Integer rows = jdbc.queryForObject("select count(*) from backup_schedule where job = ?", Integer.class, JOB);
        if (rows == null || rows > 0) {
            return false;
        }
        try { // the row went missing (a restore of an odd archive): whoever inserts it runs
            jdbc.update("insert into backup_schedule (job, last_started, started_by) values (?, ?, ?)", JOB, at, node);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Half the time between two scheduled runs: starts closer together than this are the same run. */
    Duration gap(Instant now) {
        var cron = cron();
        if (cron == null) {
            return Duration.ofHours(12);
        }
        ZonedDateTime first = cron.next(now.atZone(zone));
        ZonedDateTime second = first == null ? null : cron.next(first);
        return first == null || second == null
                ? Duration.ofHours(12)
                : Duration.between(first, second).dividedBy(2);
    }

    BackupPolicy policy(Path dir) {
        var cron = cron();
        ZonedDateTime next = cron == null ? null : cron.next(clock.instant().atZone(zone));
        return new BackupPolicy(
                dir.toString(),
                properties.cron(),
                next == null ? null : next.toInstant(),
                properties.keepDaily(),
                properties.keepWeekly());
    }

    private @Nullable CronExpression cron() {
        return properties.cron().equals(ScheduledTaskRegistrar.CRON_DISABLED)
                ? null
                : CronExpression.parse(properties.cron());
    }
}
