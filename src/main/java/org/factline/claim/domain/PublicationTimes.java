package org.factline.claim.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** When a verdict was last approved and when one was last withdrawn, across all claims. */
public record PublicationTimes(
        @Nullable Instant verifiedAt, @Nullable Instant withdrawnAt) {}
