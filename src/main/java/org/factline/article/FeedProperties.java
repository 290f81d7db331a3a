package org.factline.article;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Saved feeds ({@code factline.feeds.*}).
 *
 * @param checkEvery how often the scheduler looks for feeds whose interval has passed (on one node
 *     at a time); a feed is polled at most this much later than its interval says
 * @param defaultInterval the polling interval a new feed starts with
 */
@ConfigurationProperties("factline.feeds")
public record FeedProperties(
        @DefaultValue("1m") Duration checkEvery,
        @DefaultValue("60m") Duration defaultInterval) {}
