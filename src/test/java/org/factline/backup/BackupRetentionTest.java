package org.factline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which scheduled backups the retention keeps. */
class BackupRetentionTest {

    private static BackupSummary nightly(String at) {
        return backup(at, BackupSummary.Kind.NIGHTLY);
    }

    private static BackupSummary backup(String at, BackupSummary.Kind kind) {
        return new BackupSummary("b-" + at + kind.suffix + ".zip", 10, Instant.parse(at), kind, "22");
    }

    @Test
    void keeps_the_newest_of_each_recent_day_and_week() {
        var backups = new ArrayList<BackupSummary>();
        // every day of March 2026 at 03:00; weeks run Monday to Sunday (the 29th is a Sunday)
        for (int day = 1; day <= 31; day++) {
            backups.add(nightly("2026-03-%02dT03:00:00Z".formatted(day)));
        }
        var expired = BackupRetention.expired(backups, 7, 4, ZoneOffset.UTC);

        var kept = backups.stream()
                .map(BackupSummary::name)
                .filter(n -> !expired.contains(n))
                .toList();
        assertThat(kept)
                .containsExactlyInAnyOrder(
                        // the last seven days
                        "b-2026-03-31T03:00:00Z-nightly.zip",
                        "b-2026-03-30T03:00:00Z-nightly.zip",
                        "b-2026-03-29T03:00:00Z-nightly.zip",
                        "b-2026-03-28T03:00:00Z-nightly.zip",
                        "b-2026-03-27T03:00:00Z-nightly.zip",
                        "b-2026-03-26T03:00:00Z-nightly.zip",
                        "b-2026-03-25T03:00:00Z-nightly.zip",
                        // the newest of ISO weeks 14 and 13 (the 31st and 29th, kept already), 12 and 11
                        "b-2026-03-22T03:00:00Z-nightly.zip",
                        "b-2026-03-15T03:00:00Z-nightly.zip");
    }

    @Test
    void a_day_with_two_backups_counts_once_and_keeps_the_newer() {
        var backups = List.of(
                nightly("2026-03-10T03:00:00Z"), nightly("2026-03-10T15:00:00Z"), nightly("2026-03-09T03:00:00Z"));
        assertThat(BackupRetention.expired(backups, 2, 0, ZoneOffset.UTC))
                .containsExactly("b-2026-03-10T03:00:00Z-nightly.zip");
    }

    @Test
    void backups_made_by_admins_or_before_a_restore_are_never_expired() {
        var backups = List.of(
                backup("2020-01-01T10:00:00Z", BackupSummary.Kind.MANUAL),
                backup("2020-01-02T10:00:00Z", BackupSummary.Kind.BEFORE_RESTORE),
                nightly("2020-01-03T03:00:00Z"),
                nightly("2026-03-10T03:00:00Z"));
        assertThat(BackupRetention.expired(backups, 1, 0, ZoneOffset.UTC))
                .containsExactly("b-2020-01-03T03:00:00Z-nightly.zip");
    }

    @Test
    void the_kind_is_read_from_the_file_name() {
        assertThat(BackupSummary.Kind.ofName("factline-2026-12-07T030000Z-nightly.zip"))
                .isEqualTo(BackupSummary.Kind.NIGHTLY);
        assertThat(BackupSummary.Kind.ofName("factline-2026-12-07T101500Z-before-restore.zip"))
                .isEqualTo(BackupSummary.Kind.BEFORE_RESTORE);
        assertThat(BackupSummary.Kind.ofName("copied-by-hand.zip")).isEqualTo(BackupSummary.Kind.MANUAL);
    }
}
