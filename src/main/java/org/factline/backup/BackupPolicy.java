package org.factline.backup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where backups go and what the schedule keeps, as the admin page explains it.
 *
 * @param nextRun when the scheduled backup runs next (on whichever node claims it), or null when off
 */
public record BackupPolicy(
        String directory, String cron, @Nullable Instant nextRun, int keepDaily, int keepWeekly) {}
