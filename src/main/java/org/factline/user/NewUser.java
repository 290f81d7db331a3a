package org.factline.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.factline.security.AppRoles.Role;
import org.factline.user.domain.UserAccount;
import org.jspecify.annotations.Nullable;

/** What an admin enters to create an account; the password is generated and shown once. */
public record NewUser(
        @NotBlank(message = "Enter a username")
        @Size(min = 2, max = UserAccount.USERNAME_MAX_LENGTH, message = "Use 2 to 40 characters")
        @Pattern(
                regexp = UserNames.PATTERN,
                message = "Use lowercase letters, digits, dots, dashes or underscores, starting with a letter or digit")
        String username,

        @NotBlank(message = "Enter the person's name")
        @Size(max = UserAccount.DISPLAY_NAME_MAX_LENGTH, message = "At most 100 characters")
        String displayName,

        @Email(message = "Enter a valid e-mail address, like name@example.org")
        @Size(max = UserAccount.EMAIL_MAX_LENGTH, message = "At most 254 characters")
        @Nullable
        String email,

        @NotEmpty(message = "Give the user at least one role")
        Set<Role> roles) {}
