package org.factline.article;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Import jobs ({@code factline.import.jobs.*}).
 *
 * @param hostDelay the least time between two fetches from one host (politeness)
 * @param maxAttempts attempts at an item whose fetch failed for a reason that may pass (timeouts,
 *     connection errors, 5xx, 429) before it fails for good
 * @param retryDelay the wait after the first such failure; it doubles after each further one
 * @param lease how long a claimed item belongs to its worker; an item still claimed after that
 *     (its node crashed or stopped) is worked again. Longer than any fetch can take.
 * @param pollEvery how often the worker looks for due items
 */
@ConfigurationProperties("factline.import.jobs")
public record ImportJobProperties(
        @DefaultValue("1s") Duration hostDelay,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("10s") Duration retryDelay,
        @DefaultValue("3m") Duration lease,
        @DefaultValue("1s") Duration pollEvery) {

    /** The wait before the next attempt after {@code failures} failed ones: retryDelay, doubling, at most an hour. */
    Duration delayAfter(int failures) {
        Duration delay = retryDelay.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 16));
        return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
    }
}
