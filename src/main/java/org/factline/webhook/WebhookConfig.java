package org.factline.webhook;

import java.time.Clock;
import org.factline.article.ImportProperties;
import org.factline.base.AddressGuard;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Webhooks reach the addresses URL import may reach: internal ones only where import allows them. */
@Configuration
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfig {

    @Bean
    WebhookSender webhookSender(ImportProperties imports, WebhookProperties properties, Clock clock) {
        return new WebhookSender(AddressGuard.of(imports.allowPrivateAddresses()), properties, clock);
    }

    @Bean
    WebhookAddressCheck webhookAddressCheck(ImportProperties imports) {
        return new WebhookAddressCheck(AddressGuard.of(imports.allowPrivateAddresses()));
    }
}
