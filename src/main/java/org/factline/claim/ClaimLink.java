package org.factline.claim;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A claim as other features link to it.
 *
 * @param verdict the approved verdict's name while the claim is verified ({@code FALSE}…)
 */
public record ClaimLink(
        long id,
        String text,
        ClaimStatus status,
        @Nullable String verdict,
        @Nullable LocalDate claimDate) {}
