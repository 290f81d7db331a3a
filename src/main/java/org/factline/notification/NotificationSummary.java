package org.factline.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification in the bell's list; {@code link} is the route to open (the claim). */
public record NotificationSummary(
        long id,
        NotificationKind kind,
        String actor,
        String message,
        String link,
        @Nullable Instant createdAt,
        boolean read) {}
