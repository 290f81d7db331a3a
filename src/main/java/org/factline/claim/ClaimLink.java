package org.factline.claim;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A claim as other features link to it.
 *
 * @param verdict the approved verdict while the claim is verified, else null
 */
public record ClaimLink(
        long id,
        String text,
        ClaimStatus status,
        @Nullable Verdict verdict,
        @Nullable LocalDate claimDate) {}
