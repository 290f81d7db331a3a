package org.factline.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * REST API settings ({@code factline.api.*}).
 *
 * @param rateLimitRequests requests one token may make per {@code rateLimitPeriod} (per node)
 * @param rateLimitPeriod the window the limit refills over
 * @param maxPageSize the largest {@code size} a list accepts
 */
@ConfigurationProperties("factline.api")
public record ApiProperties(
        @DefaultValue("300") int rateLimitRequests,
        @DefaultValue("1m") Duration rateLimitPeriod,
        @DefaultValue("100") int maxPageSize) {}
