package org.factline.backup;

import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which scheduled backups to keep: the newest of each of the last {@code keepDaily} days that have
 * one, and the newest of each of the last {@code keepWeekly} ISO weeks (Monday to Sunday) that
 * have one; a backup can count for both. Backups made by an admin or before a restore are never
 * deleted by the schedule.
 */
final class BackupRetention {

    private BackupRetention() {}

    /** The names of the scheduled backups to delete. */
    static Set<String> expired(List<BackupSummary> backups, int keepDaily, int keepWeekly, ZoneId zone) {
        var nightly = backups.stream()
                .filter(b -> b.kind() == BackupSummary.Kind.NIGHTLY)
                .sorted(Comparator.comparing(BackupSummary::createdAt).reversed())
                .toList();
        var keep = new HashSet<String>();
        keep.addAll(newestPer(
                nightly,
                keepDaily,
                b -> b.createdAt().atZone(zone).toLocalDate().toString()));
        keep.addAll(newestPer(nightly, keepWeekly, b -> {
            var day = b.createdAt().atZone(zone).toLocalDate();
            return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }));
        var expired = new LinkedHashSet<String>();
        nightly.stream().map(BackupSummary::name).filter(n -> !keep.contains(n)).forEach(expired::add);
        return expired;
    }

    /** From backups newest first: the first of each period, for the newest {@code periods} periods. */
    private static Set<String> newestPer(
            List<BackupSummary> newestFirst, int periods, java.util.function.Function<BackupSummary, String> period) {
        var seen = new HashSet<String>();
        var kept = new HashSet<String>();
        for (BackupSummary backup : newestFirst) {
            if (seen.size() >= periods && !seen.contains(period.apply(backup))) {
                break;
            }
            if (seen.add(period.apply(backup))) {
                kept.add(backup.name());
            }
        }
        return kept;
    }
}
