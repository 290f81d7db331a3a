package org.factline.article;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Import limits ({@code factline.import.*}).
 *
 * @param maxBytes largest file or page accepted
 * @param allowPrivateAddresses let URL import reach loopback and private networks (intranets);
 *     off by default so the server can't be used to probe its own network
 */
@ConfigurationProperties("factline.import")
public record ImportProperties(
        @DefaultValue("20971520") long maxBytes,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("5") int maxRedirects) {}
