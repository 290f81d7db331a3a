package org.factline.webhook;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery ({@code factline.webhooks.*}). Which addresses may be reached follows URL
 * import's {@code factline.import.allow-private-addresses}.
 *
 * @param retryDelays how long to wait after the first, second, … failed attempt; after as many
 *     failures as there are delays, plus one, the delivery has failed for good
 * @param connectTimeout how long to wait for a connection to the receiver
 * @param readTimeout how long to wait for the receiver's answer
 * @param pollEvery how often the worker looks for due deliveries
 */
@ConfigurationProperties("factline.webhooks")
public record WebhookProperties(
        @DefaultValue({"1m", "5m", "30m", "2h", "12h"}) List<Duration> retryDelays,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("10s") Duration pollEvery) {

    public WebhookProperties {
        retryDelays = List.copyOf(retryDelays);
    }

    /**
     * How long to wait before the next attempt once {@code failedAttempts} attempts failed, or null
     * when there is none left.
     */
    @Nullable
    Duration delayAfter(int failedAttempts) {
        return failedAttempts >= 1 && failedAttempts <= retryDelays.size() ? retryDelays.get(failedAttempts - 1) : null;
    }

    /** The first attempt and one per retry delay. */
    int maxAttempts() {
        return retryDelays.size() + 1;
    }
}
