package org.factline.user;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.factline.security.TokenScope;
import org.factline.user.domain.AccessToken;

/**
 * What a person asks for when creating a token.
 *
 * @param validDays how long the token works, from 1 day to a year
 */
public record NewAccessToken(
        @NotBlank(message = "Give the token a name, e.g. the script or system that uses it.")
        @Size(max = AccessToken.NAME_MAX_LENGTH, message = "Keep the name under 80 characters.")
        String name,

        TokenScope scope,

        @Min(value = 1, message = "A token must be valid for at least a day.")
        @Max(value = NewAccessToken.MAX_VALID_DAYS, message = "A token can be valid for a year at most.")
        int validDays) {

    public static final int MAX_VALID_DAYS = 366;
}
