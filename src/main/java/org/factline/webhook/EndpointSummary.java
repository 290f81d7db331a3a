package org.factline.webhook;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An endpoint as the admin page lists it; never with its secret. */
public record EndpointSummary(
        long id,
        long version,
        String url,
        @Nullable String description,
        Set<WebhookEvent> events,
        boolean enabled,
        String createdBy,
        Instant createdAt) {}
