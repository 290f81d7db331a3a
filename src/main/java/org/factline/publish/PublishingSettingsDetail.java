package org.factline.publish;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The publishing settings page: what an admin saved, what the environment would give instead, and
 * what the public pages use.
 *
 * @param saved the admin's values (empty ones use the defaults)
 * @param defaults from the environment ({@code FACTLINE_PUBLIC_URL}, {@code FACTLINE_PUBLISH_*})
 * @param version for the form's stale check
 */
public record PublishingSettingsDetail(
        PublishingSettingsForm saved,
        PublicSite defaults,
        PublicSite effective,
        long version,
        @Nullable String changedBy,
        @Nullable Instant changedAt) {}
