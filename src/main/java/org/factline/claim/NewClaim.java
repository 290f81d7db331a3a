package org.factline.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.factline.claim.domain.Claim;
import org.factline.claim.domain.Claimant;
import org.jspecify.annotations.Nullable;

/** What a fact-checker enters for a new claim. */
public record NewClaim(
        @NotBlank(message = "Write the claim as a statement that can be checked")
        @Size(max = Claim.TEXT_MAX_LENGTH, message = "At most 1000 characters; aim for under 300")
        String text,

        @Size(max = Claimant.NAME_MAX_LENGTH) @Nullable String claimant,
        @Nullable LocalDate claimDate,
        Set<@Size(max = Claim.TAG_MAX_LENGTH, message = "Tags are at most 60 characters") String> tags) {

    /** The same claim as stored: spaces collapsed, an empty claimant as none, tags trimmed and lowercased. */
    NewClaim normalized() {
        var cleanTags = new LinkedHashSet<String>();
        if (tags != null) {
            tags.stream()
                    .map(t -> t.strip().toLowerCase(Locale.ROOT))
                    .filter(t -> !t.isEmpty())
                    .forEach(cleanTags::add);
        }
        return new NewClaim(
                text == null ? null : text.strip().replaceAll("\\s+", " "),
                claimant == null || claimant.isBlank() ? null : claimant.strip(),
                claimDate,
                cleanTags);
    }
}
